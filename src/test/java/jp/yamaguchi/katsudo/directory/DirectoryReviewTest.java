package jp.yamaguchi.katsudo.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.review.ScheduledReviewTarget;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.directory.domain.DirectoryContent;
import jp.yamaguchi.katsudo.directory.web.RegistrationConfirmation;
import jp.yamaguchi.katsudo.home.HomeContributor;
import jp.yamaguchi.katsudo.home.HomeSection;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Confirmation → 仮登録 with mails, the staff review page, publish and send back with mails. */
@IntegrationTest
class DirectoryReviewTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired MockMvc mvc;
  @Autowired DirectoryEntries entries;
  @Autowired RegistrationConfirmation access;
  @Autowired List<HomeContributor> home;
  @Autowired List<ScheduledReviewTarget> targets;

  record Registered(long id, DirectoryContent content) {}

  Registered pending(String prefix) {
    DirectoryContent c = DirectoryFixtures.group(DirectoryFixtures.unique(prefix));
    long id = entries.createDraft(c, DirectoryEntries.PUBLIC_ACTOR);
    assertThat(access.confirmed(id)).isEqualTo("/directory/register/done/" + id);
    return new Registered(id, c);
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

  MimeMessage mailTo(String address, String subjectPart) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> to(address).stream().anyMatch(m -> subject(m).contains(subjectPart)));
    return to(address).stream()
        .filter(m -> subject(m).contains(subjectPart))
        .findFirst()
        .orElseThrow();
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  static String body(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void confirmingMakesItPendingAndMailsTheCenterAndTheRegistrant() throws Exception {
    Registered r = pending("確認の会");
    assertThat(entries.get(r.id()).getReview().state()).isEqualTo(ReviewState.PENDING);

    MimeMessage center = mailTo("center@example.jp", r.content().name());
    assertThat(subject(center)).startsWith("会員登録依頼あり");
    assertThat(body(center)).contains("/admin/directory/" + r.id());
    MimeMessage registrant = mailTo(r.content().registrantEmail(), "仮登録完了");
    assertThat(body(registrant)).contains("登録一郎 様", r.content().name());

    // a link is used once
    assertThatThrownBy(() -> access.confirmed(r.id())).isInstanceOf(BusinessException.class);
  }

  @Test
  void staffSeeTheWholeRecordWithPrivateDataAndOthersDoNot() throws Exception {
    Registered r = pending("審査画面の会");
    mvc.perform(get("/admin/directory/" + r.id()).with(user("editor-d").roles("EDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(r.content().name())))
        .andExpect(content().string(containsString(r.content().registrantEmail())))
        .andExpect(content().string(containsString("090-0000-0000")))
        .andExpect(content().string(containsString("本登録")))
        .andExpect(content().string(containsString("差し戻す")));
    mvc.perform(get("/admin/directory/" + r.id())).andExpect(status().is3xxRedirection());
    mvc.perform(get("/admin/directory/999999999").with(user("editor-d").roles("EDITOR")))
        .andExpect(status().isNotFound());
  }

  @Test
  void publishingMakesItPublicOnHomeAndMailsTheRegistrant() throws Exception {
    Registered r = pending("公開の会");
    long version = entries.get(r.id()).getVersion();
    mvc.perform(
            post("/admin/directory/" + r.id() + "/review")
                .param("action", "PUBLISH")
                .param("version", String.valueOf(version))
                .with(csrf())
                .with(user("editor-d").roles("EDITOR")))
        .andExpect(redirectedUrl("/admin/directory/" + r.id()));
    assertThat(entries.findPublic(r.id())).isPresent();
    HomeContributor groups =
        home.stream().filter(h -> h.section() == HomeSection.GROUPS).findFirst().orElseThrow();
    assertThat(groups.newest(50)).anyMatch(e -> e.path().equals("/directory/" + r.id()));

    MimeMessage mail = mailTo(r.content().registrantEmail(), "公開しました");
    assertThat(body(mail)).contains("/directory/" + r.id(), r.content().name());
  }

  @Test
  void sendingBackNeedsAReasonAndMailsIt() throws Exception {
    Registered r = pending("差し戻しの会");
    mvc.perform(
            post("/admin/directory/" + r.id() + "/review")
                .param("action", "SEND_BACK")
                .param("reason", "")
                .with(csrf())
                .with(user("editor-d").roles("EDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("エラー")));
    assertThat(entries.get(r.id()).getReview().state()).isEqualTo(ReviewState.PENDING);

    mvc.perform(
            post("/admin/directory/" + r.id() + "/review")
                .param("action", "SEND_BACK")
                .param("reason", "活動内容をもう少し詳しく書いてください。")
                .with(csrf())
                .with(user("editor-d").roles("EDITOR")))
        .andExpect(redirectedUrl("/admin/directory/" + r.id()));
    assertThat(entries.get(r.id()).getReview().state()).isEqualTo(ReviewState.RETURNED);
    MimeMessage mail = mailTo(r.content().registrantEmail(), "お願い");
    assertThat(body(mail)).contains("活動内容をもう少し詳しく書いてください。");
  }

  @Test
  void staffEditBeforePublishingWithTheSameRulesAndKeepTheValues() throws Exception {
    Registered r = pending("修正前の会");
    long version = entries.get(r.id()).getVersion();
    String html =
        mvc.perform(
                multipart("/admin/directory/" + r.id())
                    .param("version", String.valueOf(version))
                    .param("status", "ACTIVE")
                    .param("classification", "nini")
                    .param("name", "修正後の会")
                    .param("nameKana", "カタカナ")
                    .param("representativeName", "代表")
                    .param("contactName", "担当")
                    .param("activityFields", "f01")
                    .param("targetArea", "prefecture")
                    .param("purpose", "目的")
                    .param("activities", "内容")
                    .param("prefecture", "35")
                    .param("municipality", "ube")
                    .param("address", "住所")
                    .param("registrantName", "登録者")
                    .param("registrantPhone", "0836000000")
                    .param("registrantEmail", r.content().registrantEmail())
                    .with(csrf())
                    .with(user("editor-d").roles("EDITOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("ふりがなは、ひらがなで入力してください。", "value=\"修正後の会\"");
    assertThat(entries.get(r.id()).getName()).isEqualTo(r.content().name());

    mvc.perform(
            multipart("/admin/directory/" + r.id())
                .param("version", String.valueOf(version))
                .param("status", "DISSOLVED")
                .param("classification", "nini")
                .param("name", "修正後の会")
                .param("nameKana", "しゅうせいごのかい")
                .param("representativeName", "代表")
                .param("contactName", "担当")
                .param("activityFields", "f01")
                .param("targetArea", "prefecture")
                .param("purpose", "目的")
                .param("activities", "内容")
                .param("prefecture", "35")
                .param("municipality", "ube")
                .param("address", "住所")
                .param("registrantName", "登録者")
                .param("registrantPhone", "0836000000")
                .param("registrantEmail", r.content().registrantEmail())
                .with(csrf())
                .with(user("editor-d").roles("EDITOR")))
        .andExpect(redirectedUrl("/admin/directory/" + r.id()));
    var e = entries.get(r.id());
    assertThat(e.getName()).isEqualTo("修正後の会");
    assertThat(e.getStatus()).isEqualTo(DirectoryStatus.DISSOLVED);
    assertThat(e.getRequirements()).hasSize(6);
    assertThat(e.isMinorsNoticeAgreed()).isTrue();
  }

  @Test
  void theScheduleJobPublishesThroughTheTarget() {
    Registered r = pending("予約公開の会");
    ScheduledReviewTarget target =
        targets.stream().filter(t -> t.contentType().equals("directory")).findFirst().orElseThrow();
    assertThat(target.perform(r.id(), ReviewAction.PUBLISH, "editor-s")).isTrue();
    assertThat(entries.findPublic(r.id())).isPresent();
    assertThat(target.perform(999_999_999L, ReviewAction.PUBLISH, "editor-s")).isFalse();
  }
}
