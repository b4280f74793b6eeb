package jp.yamaguchi.katsudo.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.domain.NewsContent;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The author hears from the reviewer by mail: on publish, and on send-back with the reason. */
@IntegrationTest
class NewsReviewMailTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired MockMvc mvc;
  @Autowired NewsEditing editing;
  @Autowired StaffAccounts staff;

  String newEditor(String email) {
    String username = "mail-editor-" + UUID.randomUUID().toString().substring(0, 8);
    staff.create(username, "山口 花子", email, "Editor-Pass-2026!", StaffRole.EDITOR);
    return username;
  }

  NewsItem submittedBy(String username, String title) {
    NewsItem item =
        editing.create(
            new NewsContent(
                Site.SUPERNET, NewsKind.CENTER_NEWS, title, "本文", LocalDate.of(2026, 5, 17)),
            username);
    editing.review(
        item.getId(), null, jp.yamaguchi.katsudo.core.review.ReviewAction.SUBMIT, null, username);
    return item;
  }

  List<MimeMessage> mailsTo(String address, int expected) {
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> to(address).size() >= expected);
    return to(address);
  }

  List<MimeMessage> to(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  @Test
  void theCenterIsToldThatAnItemWaitsForReview() throws Exception {
    String editor =
        newEditor("sub-" + UUID.randomUUID().toString().substring(0, 6) + "@example.jp");
    String title = "審査依頼の確認-" + UUID.randomUUID().toString().substring(0, 8);
    NewsItem item = submittedBy(editor, title);
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                to("center@example.jp").stream()
                    .anyMatch(m -> subject(m).equals("お知らせ「" + title + "」の審査依頼が届きました")));
    MimeMessage mail =
        to("center@example.jp").stream()
            .filter(m -> subject(m).contains(title))
            .findFirst()
            .orElseThrow();
    assertThat(mail.getContent().toString())
        .contains("山口 花子 から、お知らせの審査依頼が届きました。")
        .contains("/admin/news/" + item.getId());
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  @Test
  void theAuthorIsToldWhenTheItemIsPublished() throws Exception {
    String email = "hanako-" + UUID.randomUUID().toString().substring(0, 6) + "@example.jp";
    String author = newEditor(email);
    String title = NewsFixtures.unique("NPO法人設立講座");
    NewsItem item = submittedBy(author, title);

    mvc.perform(
            post("/admin/news/" + item.getId() + "/review")
                .param("action", "PUBLISH")
                .with(csrf())
                .with(user("chief-reviewer").roles("ADMIN")))
        .andExpect(status().isFound());

    MimeMessage mail = mailsTo(email, 1).getFirst();
    assertThat(mail.getSubject()).isEqualTo("お知らせ「" + title + "」を公開しました");
    String text =
        new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .contains("山口 花子 様")
        .contains("■ タイトル：" + title)
        .contains("県民活動スーパーネット（センターからのお知らせ）")
        .contains("■ 日付：2026年5月17日")
        .contains("http://localhost:8080/center-news/" + item.getId())
        .contains("http://localhost:8080/admin/news/" + item.getId())
        .contains("chief-reviewer");
  }

  @Test
  void theAuthorGetsTheReasonWhenTheItemIsSentBack() throws Exception {
    String email = "taro-" + UUID.randomUUID().toString().substring(0, 6) + "@example.jp";
    String author = newEditor(email);
    String title = NewsFixtures.unique("交流会のご案内");
    NewsItem item = submittedBy(author, title);

    mvc.perform(
            post("/admin/news/" + item.getId() + "/review")
                .param("action", "SEND_BACK")
                .param("reason", "開催時間が書かれていません。\n会場の住所も追記してください。")
                .with(csrf())
                .with(user("chief-reviewer").roles("ADMIN")))
        .andExpect(status().isFound());

    MimeMessage mail = mailsTo(email, 1).getFirst();
    assertThat(mail.getSubject()).isEqualTo("お知らせ「" + title + "」が差し戻されました");
    String text =
        new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .contains("■ 差し戻しの理由：\n開催時間が書かれていません。\n会場の住所も追記してください。")
        .contains("もう一度「審査を依頼する」を押してください。")
        .contains("http://localhost:8080/admin/news/" + item.getId());
  }

  @Test
  void noMailWhenTheAuthorPublishesTheirOwnItemOrHasNoAddress() throws Exception {
    String email = "self-" + UUID.randomUUID().toString().substring(0, 6) + "@example.jp";
    String author = newEditor(email);
    NewsItem own = submittedBy(author, NewsFixtures.unique("自分で公開"));
    mvc.perform(
            post("/admin/news/" + own.getId() + "/review")
                .param("action", "PUBLISH")
                .with(csrf())
                .with(user(author).roles("EDITOR")))
        .andExpect(status().isFound());

    String noAddress = newEditor(null);
    NewsItem other = submittedBy(noAddress, NewsFixtures.unique("宛先なし"));
    mvc.perform(
            post("/admin/news/" + other.getId() + "/review")
                .param("action", "PUBLISH")
                .with(csrf())
                .with(user("chief-reviewer").roles("ADMIN")))
        .andExpect(status().isFound());

    // a later mail to the first author proves the queue moved past both events
    NewsItem later = submittedBy(author, NewsFixtures.unique("確認用"));
    mvc.perform(
            post("/admin/news/" + later.getId() + "/review")
                .param("action", "PUBLISH")
                .with(csrf())
                .with(user("chief-reviewer").roles("ADMIN")))
        .andExpect(status().isFound());
    List<MimeMessage> mails = mailsTo(email, 1);
    Thread.sleep(500);
    assertThat(to(email)).hasSize(1);
    assertThat(mails.getFirst().getSubject()).contains("確認用");
  }
}
