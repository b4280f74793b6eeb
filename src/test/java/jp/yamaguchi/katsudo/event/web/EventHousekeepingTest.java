package jp.yamaguchi.katsudo.event.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import jp.yamaguchi.katsudo.event.EventFixtures;
import jp.yamaguchi.katsudo.event.EventKind;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly job removing public event postings nobody confirmed within 14 days. */
@IntegrationTest
@DateSensitive
class EventHousekeepingTest {

  // posting mails a confirmation link; confirming mails the center and the sender
  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired EventHousekeeping housekeeping;
  @Autowired EventEditing editing;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  long posted(String word) {
    return editing
        .post(
            EventFixtures.content(
                EventKind.EVENT,
                EventFixtures.unique("未確認の投稿" + word),
                java.time.LocalDate.now(clock).plusDays(20),
                null,
                null,
                null),
            "投稿 花子",
            "event-" + word + "-" + UUID.randomUUID() + "@example.jp")
        .getId();
  }

  void age(long id, Duration by) {
    jdbc.sql("UPDATE event_item SET created_at = ? WHERE id = ?")
        .params(Timestamp.from(clock.instant().minus(by)), id)
        .update();
  }

  @Test
  void oldUnconfirmedPostingsAreDeletedNewAndConfirmedOnesKept() {
    long old = posted("old");
    long fresh = posted("fresh");
    long borderline = posted("border");
    long confirmed = posted("confirmed");
    editing.confirmPosting(confirmed);
    age(old, Duration.ofDays(15));
    age(borderline, Duration.ofDays(13));
    age(confirmed, Duration.ofDays(30));

    assertThat(housekeeping.clean()).isGreaterThanOrEqualTo(1);

    assertThat(editing.find(old)).isEmpty();
    assertThat(editing.find(fresh)).isPresent();
    assertThat(editing.find(borderline)).isPresent();
    assertThat(editing.find(confirmed)).isPresent();
    // run twice: nothing more to do for these
    housekeeping.clean();
    assertThat(editing.find(fresh)).isPresent();
    assertThat(editing.find(confirmed)).isPresent();
  }
}
