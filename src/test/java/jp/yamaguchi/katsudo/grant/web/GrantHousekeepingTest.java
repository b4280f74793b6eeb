package jp.yamaguchi.katsudo.grant.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import jp.yamaguchi.katsudo.grant.GrantFixtures;
import jp.yamaguchi.katsudo.grant.domain.GrantEditing;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly job removing public grant postings nobody confirmed within 14 days. */
@IntegrationTest
@DateSensitive
class GrantHousekeepingTest {

  // posting mails a confirmation link; confirming mails the center and the sender
  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired GrantHousekeeping housekeeping;
  @Autowired GrantEditing editing;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  long posted(String word) {
    return editing
        .post(
            GrantFixtures.content(
                GrantFixtures.unique(word),
                List.of(),
                null,
                null,
                null,
                java.time.LocalDate.now(clock).plusDays(20)),
            "投稿 花子",
            "grant-" + word + "-" + UUID.randomUUID() + "@example.jp")
        .getId();
  }

  void age(long id, Duration by) {
    jdbc.sql("UPDATE grant_item SET created_at = ? WHERE id = ?")
        .params(Timestamp.from(clock.instant().minus(by)), id)
        .update();
  }

  @Test
  void oldUnconfirmedPostingsAreDeletedNewAndConfirmedOnesKept() {
    long old = posted("old");
    long fresh = posted("fresh");
    long borderline = posted("border");
    long confirmed = posted("confirmed");
    editing.confirm(confirmed);
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
