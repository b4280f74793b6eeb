package jp.yamaguchi.katsudo.grant;

import static jp.yamaguchi.katsudo.support.GuardedForms.asAPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import jp.yamaguchi.katsudo.grant.domain.GrantEditing;
import jp.yamaguchi.katsudo.grant.domain.GrantSearch;
import jp.yamaguchi.katsudo.grant.domain.Origin;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The public posting of a grant end to end: terms and form, errors with values kept, confirmation
 * with 戻る, the mailed link, 仮登録 with mails to the center and the submitter, publishing and sending
 * back with the submitter's mails.
 */
@IntegrationTest
@DateSensitive
class GrantPostingTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired Clock clock;

  LocalDate today() {
    return LocalDate.now(clock);
  }

  @Autowired MockMvc mvc;
  @Autowired GrantEditing editing;
  @Autowired FieldCrypto crypto;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  MockMultipartHttpServletRequestBuilder postForm(String... pairs) {
    MockMultipartHttpServletRequestBuilder b = multipart("/grants/post");
    b.with(csrf()).with(asAPerson(crypto, "grant-post"));
    for (int i = 0; i < pairs.length; i += 2) b.param(pairs[i], pairs[i + 1]);
    return b;
  }

  @Test
  void badInputsAreRefusedInJapaneseWithTheValuesKept() throws Exception {
    Browser browser = new Browser(mvc);
    browser
        .perform(get("/grants/post"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("規約に同意する")))
        .andExpect(content().string(containsString("name=\"form_token\"")));
    browser
        .perform(
            postForm(
                "organizer",
                "しゅうなん財団",
                "title",
                "",
                "periodTo",
                "",
                "submitterName",
                "周南 太郎",
                "submitterEmail",
                "bad-address",
                "url",
                "ftp://example.jp"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：助成情報の掲載依頼")))
        .andExpect(content().string(containsString("規約をお読みのうえ、「規約に同意する」にチェックを入れてください。")))
        .andExpect(content().string(containsString("助成名を入力してください。")))
        .andExpect(content().string(containsString("締切日を入力してください。")))
        .andExpect(content().string(containsString("メールアドレスを「name@example.jp」の形で入力してください。")))
        .andExpect(
            content().string(containsString("参考URLは http:// または https:// から始まるアドレスを入力してください。")))
        .andExpect(content().string(containsString("value=\"しゅうなん財団\"")))
        .andExpect(content().string(containsString("value=\"周南 太郎\"")));
    // an image without a description is refused: the alternative text is required
    MockMultipartFile png =
        new MockMultipartFile(
            "upload", "chirashi.png", "image/png", jp.yamaguchi.katsudo.media.TestFiles.png());
    browser
        .perform(
            postForm(
                    "agreed",
                    "true",
                    "organizer",
                    "しゅうなん財団",
                    "title",
                    "写真つき",
                    "periodTo",
                    today().plusDays(3).toString(),
                    "submitterName",
                    "周南 太郎",
                    "submitterEmail",
                    "taro@example.jp")
                .file(png))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("画像の代替テキストを入力してください。")))
        .andExpect(content().string(containsString("value=\"写真つき\"")));
    // a robot that fills the honeypot is refused
    mvc.perform(
            multipart("/grants/post").with(csrf()).param("agreed", "true").param("title", "spam"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void postingConfirmReviewAndPublishWithTheMailsOfTheSpec() throws Exception {
    String title = GrantFixtures.unique("posted");
    String email = "poster-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    Browser browser = new Browser(mvc);
    MockMultipartFile pdf =
        new MockMultipartFile(
            "upload", "youkou.pdf", "application/pdf", GrantAdminTest.minimalPdf());
    browser
        .perform(
            postForm(
                    "agreed",
                    "true",
                    "organizer",
                    "うべ地域振興財団",
                    "title",
                    title,
                    "fields",
                    "f07",
                    "area",
                    "prefecture",
                    "amountText",
                    "上限30万円",
                    "amountMax",
                    "300000",
                    "periodTo",
                    today().plusDays(30).toString(),
                    "contactPhone",
                    "０８３６－００－００００",
                    "uploadTitle",
                    "募集要項",
                    "submitterName",
                    "宇部 花子",
                    "submitterEmail",
                    email)
                .file(pdf))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/grants/post/confirm"));
    browser
        .perform(get("/grants/post/confirm"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("環境の保全")))
        .andExpect(content().string(containsString("0836-00-0000")))
        .andExpect(content().string(containsString("募集要項（")))
        .andExpect(content().string(containsString(email)));
    // 戻る: the form again, every value and the file kept
    browser
        .perform(get("/grants/post"))
        .andExpect(content().string(containsString("value=\"" + title + "\"")))
        .andExpect(content().string(containsString("value=\"上限30万円\"")))
        .andExpect(content().string(containsString("募集要項（")))
        .andExpect(content().string(containsString("value=\"" + email + "\"")));
    browser
        .perform(post("/grants/post/send").with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/grants/post/sent"));

    Grant draft = onlyPosting(title);
    assertThat(draft.getOrigin()).isEqualTo(Origin.PUBLIC);
    assertThat(draft.review().state()).isEqualTo(ReviewState.DRAFT);
    assertThat(draft.getAttachmentIdList()).hasSize(1);
    // not a submission yet: staff do not see it
    assertThat(
            editing.search(new GrantSearch(null, null, title, null, false), 0).getTotalElements())
        .isZero();

    String token = token(mailsTo(email, 1).getFirst());
    mvc.perform(post("/submission/confirm").with(csrf()).param("token", token))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/grants/post/thanks"));
    mvc.perform(get("/grants/post/thanks"))
        .andExpect(content().string(containsString("掲載依頼を受け付けました")));
    Grant pending = editing.get(draft.getId());
    assertThat(pending.review().state()).isEqualTo(ReviewState.PENDING);
    assertThat(pending.review().submittedBy()).isEqualTo("public");

    List<MimeMessage> toSubmitter = mailsTo(email, 2);
    assertThat(toSubmitter.get(1).getSubject()).isEqualTo("助成情報「" + title + "」の仮登録が完了しました");
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> subjects("center@example.jp").contains("助成情報「" + title + "」の掲載依頼が届きました"));

    mvc.perform(
            post("/admin/grants/" + draft.getId() + "/review")
                .with(csrf())
                .with(user("editor").roles("EDITOR"))
                .param("action", "PUBLISH"))
        .andExpect(status().isFound());
    List<MimeMessage> after = mailsTo(email, 3);
    assertThat(after.get(2).getSubject()).isEqualTo("助成情報「" + title + "」を公開しました");
    assertThat(body(after.get(2))).contains("/grants/" + draft.getId());
    mvc.perform(get("/grants/" + draft.getId())).andExpect(status().isOk());
  }

  @Test
  void aSentBackPostingTellsTheSubmitterTheReason() throws Exception {
    String title = GrantFixtures.unique("returned");
    String email = "returned-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    Browser browser = new Browser(mvc);
    browser
        .perform(
            postForm(
                "agreed",
                "true",
                "organizer",
                "はぎ文化基金",
                "title",
                title,
                "periodTo",
                today().plusDays(10).toString(),
                "submitterName",
                "萩 次郎",
                "submitterEmail",
                email))
        .andExpect(redirectedUrl("/grants/post/confirm"));
    browser
        .perform(post("/grants/post/send").with(csrf()))
        .andExpect(redirectedUrl("/grants/post/sent"));
    Grant draft = onlyPosting(title);
    // staff cannot act on a posting whose address is not confirmed
    mvc.perform(
            post("/admin/grants/" + draft.getId() + "/review")
                .with(csrf())
                .with(user("editor").roles("EDITOR"))
                .param("action", "PUBLISH"))
        .andExpect(status().isFound());
    assertThat(editing.get(draft.getId()).review().state()).isEqualTo(ReviewState.DRAFT);

    String token = token(mailsTo(email, 1).getFirst());
    mvc.perform(post("/submission/confirm").with(csrf()).param("token", token))
        .andExpect(redirectedUrl("/grants/post/thanks"));
    mailsTo(email, 2);
    mvc.perform(
            post("/admin/grants/" + draft.getId() + "/review")
                .with(csrf())
                .with(user("editor").roles("EDITOR"))
                .param("action", "SEND_BACK")
                .param("reason", "締切日が募集要項と違うようです。"))
        .andExpect(status().isFound());
    MimeMessage back = mailsTo(email, 3).get(2);
    assertThat(back.getSubject()).isEqualTo("助成情報「" + title + "」の掲載について");
    assertThat(body(back)).contains("締切日が募集要項と違うようです。");
    mvc.perform(get("/grants/" + draft.getId())).andExpect(status().isNotFound());
    mvc.perform(get("/grants").param("q", title))
        .andExpect(content().string(not(containsString(title + "<"))));
  }

  /** The posting with this title, whether staff see it yet or not. */
  Grant onlyPosting(String title) {
    List<Long> ids =
        jdbc.sql("select id from grant_item where title = :t")
            .param("t", title)
            .query(Long.class)
            .list();
    assertThat(ids).hasSize(1);
    return editing.get(ids.getFirst());
  }

  static String token(MimeMessage mail) throws Exception {
    Matcher m =
        Pattern.compile("submission/confirm\\?token=([A-Za-z0-9_-]{43})").matcher(body(mail));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  static String body(MimeMessage m) {
    try {
      return new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  List<MimeMessage> mailsTo(String address, int expected) {
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> to(address).size() >= expected);
    return to(address);
  }

  List<String> subjects(String address) {
    return to(address).stream()
        .map(
            m -> {
              try {
                return m.getSubject();
              } catch (jakarta.mail.MessagingException e) {
                return "";
              }
            })
        .toList();
  }

  static List<MimeMessage> to(String address) {
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
}
