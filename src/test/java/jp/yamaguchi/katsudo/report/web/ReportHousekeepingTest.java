package jp.yamaguchi.katsudo.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import jp.yamaguchi.katsudo.report.domain.ReportContent;
import jp.yamaguchi.katsudo.report.domain.ReportEditing;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly job removing public activity report postings nobody confirmed within 14 days. */
@IntegrationTest
@DateSensitive
class ReportHousekeepingTest {

  // posting mails a confirmation link; confirming mails the center and the sender
  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired ReportHousekeeping housekeeping;
  @Autowired ReportEditing editing;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  long posted(String word) {
    return editing
        .post(
            new ReportContent(
                "未確認の報告" + word + UUID.randomUUID().toString().substring(0, 8),
                "海岸のごみを拾いました。",
                "ほうふ海岸クラブ",
                "ほうふかいがんくらぶ",
                java.time.LocalDate.now(clock).minusDays(3),
                null,
                "防府市 富海海岸",
                "約30名",
                null,
                List.of(),
                null,
                List.of()),
            "投稿 花子",
            "report-" + word + "-" + UUID.randomUUID() + "@example.jp")
        .getId();
  }

  void age(long id, Duration by) {
    jdbc.sql("UPDATE activity_report SET created_at = ? WHERE id = ?")
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
