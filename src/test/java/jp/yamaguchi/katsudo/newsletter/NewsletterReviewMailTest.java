package jp.yamaguchi.katsudo.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.newsletter.domain.Issue;
import jp.yamaguchi.katsudo.newsletter.domain.IssueContent;
import jp.yamaguchi.katsudo.newsletter.domain.IssueEditing;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The center hears of a submitted issue; its author of the send-back with the reason. */
@IntegrationTest
class NewsletterReviewMailTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired IssueEditing editing;
  @Autowired StaffAccounts staff;

  @Test
  void submissionAndSendBackAreMailed() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String email = "letter-" + tag + "@example.jp";
    String author = "letter-author-" + tag;
    staff.create(author, "防府 花子", email, "Editor-Pass-2026!", StaffRole.EDITOR);
    int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
    Issue issue =
        editing.create(
            new IssueContent(number, "さぽ～とメール 第" + number + "号", "本文", LocalDate.of(2026, 4, 1)),
            author);
    editing.review(issue.getId(), null, ReviewAction.SUBMIT, null, author);
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> !to("center@example.jp", "第" + number + "号").isEmpty());
    assertThat(to("center@example.jp", "第" + number + "号").getFirst().getContent().toString())
        .contains("/admin/supportmail/" + issue.getId());

    editing.review(issue.getId(), null, ReviewAction.SEND_BACK, "発行日を直してください。", "chief");
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !to(email, "差し戻").isEmpty());
    assertThat(to(email, "差し戻").getFirst().getContent().toString()).contains("発行日を直してください。");
  }

  List<MimeMessage> to(String address, String subjectPart) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address))
                    && m.getSubject().contains(subjectPart);
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }
}
