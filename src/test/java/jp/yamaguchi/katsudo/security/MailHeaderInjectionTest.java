package jp.yamaguchi.katsudo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.mail.Mailer;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** IPA vulnerability class 7: user text can never add mail headers or recipients. */
@IntegrationTest
class MailHeaderInjectionTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired Mailer mailer;

  @Test
  void anAddressWithALineBreakIsRefused() {
    for (String to :
        List.of(
            "a@example.jp\r\nBcc: evil@example.jp",
            "a@example.jp\nCc: evil@example.jp",
            "a@example.jp, evil@example.jp",
            "\"x\" <a@example.jp>\r\nX-Evil: 1")) {
      assertThatThrownBy(
              () ->
                  mailer.send(
                      to,
                      "news/published",
                      Map.of("title", "t", "authorName", "n", "url", "https://example.jp/")))
          .as(to)
          .isInstanceOf(RuntimeException.class);
    }
  }

  @Test
  void lineBreaksInTextPutIntoTheSubjectNeverBecomeHeaders() throws Exception {
    String to = "header-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    mailer.send(
        to,
        "news/published",
        Map.of(
            "title",
            "題名\r\nBcc: evil@example.jp\r\nX-Evil: 1",
            "authorName",
            "山口",
            "url",
            "https://example.jp/"));
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> greenMail.getReceivedMessages().length > 0);
    MimeMessage mail =
        Arrays.stream(greenMail.getReceivedMessages())
            .filter(
                m -> {
                  try {
                    return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to);
                  } catch (jakarta.mail.MessagingException e) {
                    return false;
                  }
                })
            .findFirst()
            .orElseThrow();
    assertThat(mail.getSubject()).doesNotContain("\r").doesNotContain("\n").doesNotContain("Bcc");
    assertThat(mail.getHeader("X-Evil")).isNull();
    assertThat(mail.getRecipients(Message.RecipientType.BCC)).isNull();
    assertThat(greenMail.getReceivedMessagesForDomain("evil@example.jp")).isEmpty();
  }
}
