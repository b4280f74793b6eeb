package jp.yamaguchi.katsudo.event;

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
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import jp.yamaguchi.katsudo.event.domain.EventSearch;
import jp.yamaguchi.katsudo.media.TestFiles;
import jp.yamaguchi.katsudo.support.GuardedForms;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The public posting of an event: 入力 → 確認 → 戻る keeps everything → 送信, the mailed link makes it 仮登録
 * (mails to the center and the submitter), staff publish it (mail to the submitter) or send it back
 * with a reason; every bad input is explained in Japanese with the typed values kept.
 */
@IntegrationTest
class EventPostingTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired MockMvc mvc;
  @Autowired FieldCrypto crypto;
  @Autowired EventEditing editing;

  MockMultipartHttpServletRequestBuilder filled(String title, String email, String... overrides) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("kind", "CALL");
    values.put("title", title);
    values.put("organiser", "やまぐち写真クラブ");
    values.put("startDate", "2093-04-01");
    values.put("endDate", "2093-04-30");
    values.put("startTime", "");
    values.put("endTime", "");
    values.put("dateText", "4月中（土日を除く）");
    values.put("venue", "");
    values.put("body", "里山の写真を募集します。\n応募はお一人3点まで。");
    values.put("fields", "f07");
    values.put("targetArea", "prefecture");
    values.put("fee", "無料");
    values.put("applyFrom", "2093-03-01");
    values.put("applyTo", "2093-03-31");
    values.put("url", "https://example.jp/photo");
    values.put("submitterName", "山口 太郎");
    values.put("submitterEmail", email);
    values.put("agreed", "true");
    for (int i = 0; i + 1 < overrides.length; i += 2) values.put(overrides[i], overrides[i + 1]);
    MockMultipartHttpServletRequestBuilder b = multipart("/events/post");
    values.forEach(b::param);
    b.with(csrf()).with(GuardedForms.asAPerson(crypto, "event-post"));
    return b;
  }

  /** One browser: carries the Spring Session cookie (multipart requests too). */
  class Browser {
    Cookie session;

    ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
      if (session != null) request.cookie(session);
      ResultActions result = mvc.perform(request);
      Cookie next = result.andReturn().getResponse().getCookie("SESSION");
      if (next != null) session = next.getMaxAge() == 0 ? null : next;
      return result;
    }
  }

  List<MimeMessage> mailsTo(String address, int expected) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> to(address).size() >= expected);
    return to(address);
  }

  List<MimeMessage> to(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  static String recipients(MimeMessage m) {
    try {
      return GreenMailUtil.getAddressList(m.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(MimeMessage m) throws Exception {
    return new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  EventItem byTitle(String title) {
    return editing
        .search(
            new EventSearch(null, null, null, null, null, null, title), null, true, null, false, 0)
        .getContent()
        .stream()
        .findFirst()
        .or(
            () ->
                editing
                    .search(
                        new EventSearch(null, null, null, null, null, null, title),
                        null,
                        false,
                        null,
                        false,
                        0)
                    .getContent()
                    .stream()
                    .findFirst())
        .orElseThrow();
  }

  @Test
  void aPostingIsConfirmedByMailReviewedAndPublished() throws Exception {
    String title = EventFixtures.unique("里山フォトコンテスト作品募集");
    String email = "poster-" + System.nanoTime() + "@example.jp";
    Browser browser = new Browser();

    browser
        .perform(get("/events/post"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("情報登録規約に同意する")))
        .andExpect(content().string(containsString("name=\"website_confirm\"")));

    // 確認: the values read back, the attachment stored
    var pdf = new MockMultipartFile("files", "募集要項.pdf", "application/pdf", TestFiles.pdf());
    browser
        .perform(filled(title, email).file(pdf))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("掲載依頼の内容の確認")))
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("参加その他（作品・意見等）募集")))
        .andExpect(content().string(containsString("4月中（土日を除く）")))
        .andExpect(content().string(containsString("里山の写真を募集します。<br>応募はお一人3点まで。")))
        .andExpect(content().string(containsString("募集要項.pdf")));

    // 戻る: every value and the file are still there
    String back =
        browser
            .perform(get("/events/post/edit"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(back)
        .contains("value=\"" + title + "\"")
        .contains("value=\"2093-04-30\"")
        .contains("value=\"" + email + "\"")
        .contains("里山の写真を募集します。\n応募はお一人3点まで。")
        .contains("募集要項.pdf")
        .contains("name=\"keepAttachments\"");
    Matcher kept = Pattern.compile("name=\"keepAttachments\" value=\"(\\d+)\"").matcher(back);
    assertThat(kept.find()).isTrue();
    long fileId = Long.parseLong(kept.group(1));

    // a file id of someone else cannot be smuggled in
    browser
        .perform(
            filled(title, email)
                .param("keepAttachments", String.valueOf(fileId))
                .param("attachmentIds", "1", "2", "3"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("掲載依頼の内容の確認")));

    browser
        .perform(post("/events/post/send").with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/events/post/sent"));
    mvc.perform(get("/events/post/sent")).andExpect(status().isOk());

    EventItem draft = byTitle(title);
    assertThat(draft.review().state()).isEqualTo(ReviewState.DRAFT);
    assertThat(draft.getAttachmentIds()).containsExactly(fileId);
    assertThat(draft.getSubmitterEmail()).isEqualTo(email);
    // unconfirmed: not in the staff's default list, only under 確認待ち
    mvc.perform(get("/admin/events").param("q", title).with(user("editor-e").roles("EDITOR")))
        .andExpect(content().string(not(containsString(">" + title + "<"))));
    mvc.perform(
            get("/admin/events")
                .param("q", title)
                .param("unconfirmed", "true")
                .with(user("editor-e").roles("EDITOR")))
        .andExpect(content().string(containsString(">" + title + "<")));
    // the session form is gone: sending again does nothing
    browser
        .perform(post("/events/post/send").with(csrf()))
        .andExpect(redirectedUrl("/events/post"));

    // the mailed link makes it 仮登録
    MimeMessage confirm = mailsTo(email, 1).getFirst();
    Matcher m =
        Pattern.compile("/submission/confirm\\?token=([A-Za-z0-9_-]{43})").matcher(body(confirm));
    assertThat(m.find()).isTrue();
    mvc.perform(post("/submission/confirm").with(csrf()).param("token", m.group(1)))
        .andExpect(redirectedUrl("/events/post/thanks"));
    mvc.perform(get("/events/post/thanks"))
        .andExpect(content().string(containsString("掲載依頼を受け付けました（仮登録）")));
    EventItem pending = editing.get(draft.getId());
    assertThat(pending.review().state()).isEqualTo(ReviewState.PENDING);
    assertThat(pending.getConfirmedAt()).isNotNull();

    // mails: the center (found by the title) and the submitter's 仮登録完了
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> to("center@example.jp").stream().anyMatch(x -> subject(x).contains(title)));
    MimeMessage received =
        mailsTo(email, 2).stream()
            .filter(x -> subject(x).contains("仮登録が完了"))
            .findFirst()
            .orElseThrow();
    assertThat(body(received)).contains(title).contains("山口 太郎 様");

    // the public does not see it yet; staff publish it; the submitter hears of it
    mvc.perform(get("/events/" + draft.getId())).andExpect(status().isNotFound());
    mvc.perform(
            post("/admin/events/" + draft.getId() + "/review")
                .with(csrf())
                .with(user("editor-e").roles("EDITOR"))
                .param("action", "PUBLISH"))
        .andExpect(redirectedUrl("/admin/events/" + draft.getId()));
    mvc.perform(get("/events/" + draft.getId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("募集要項.pdf")));
    MimeMessage published =
        mailsTo(email, 3).stream()
            .filter(x -> subject(x).contains("公開しました"))
            .findFirst()
            .orElseThrow();
    assertThat(body(published)).contains("/events/" + draft.getId());
  }

  @Test
  void aSentBackPostingMailsTheReasonToTheSubmitter() throws Exception {
    String title = EventFixtures.unique("差し戻される講座");
    String email = "poster-back-" + System.nanoTime() + "@example.jp";
    EventItem item =
        editing.post(
            EventFixtures.content(
                EventKind.COURSE,
                title,
                java.time.LocalDate.of(2093, 6, 1),
                java.time.LocalDate.of(2093, 6, 1),
                null,
                null),
            "防府 花子",
            email);
    // staff cannot publish an unconfirmed posting
    mvc.perform(
            post("/admin/events/" + item.getId() + "/review")
                .with(csrf())
                .with(user("editor-e").roles("EDITOR"))
                .param("action", "PUBLISH"))
        .andExpect(redirectedUrl("/admin/events/" + item.getId()));
    assertThat(editing.get(item.getId()).review().state()).isEqualTo(ReviewState.DRAFT);

    editing.confirmPosting(item.getId());
    editing.review(item.getId(), null, ReviewAction.SEND_BACK, "開催場所を書いてください。", "editor-e");
    MimeMessage returned =
        mailsTo(email, 3).stream()
            .filter(x -> subject(x).contains("掲載について"))
            .findFirst()
            .orElseThrow();
    assertThat(body(returned)).contains("開催場所を書いてください。").contains(title);
  }

  @Test
  void badInputIsExplainedInJapaneseWithTheValuesKept() throws Exception {
    String title = EventFixtures.unique("入力エラーの会");
    // missing required fields, and not agreed
    mvc.perform(
            multipart("/events/post")
                .param("title", title)
                .param("organiser", "")
                .param("body", "")
                .param("submitterEmail", "not-an-address")
                .with(csrf())
                .with(GuardedForms.asAPerson(crypto, "event-post")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：")))
        .andExpect(content().string(containsString("種類を選んでください。")))
        .andExpect(content().string(containsString("主催者を入力してください。")))
        .andExpect(content().string(containsString("開始日を入力してください。")))
        .andExpect(content().string(containsString("内容を入力してください。")))
        .andExpect(content().string(containsString("お名前を入力してください。")))
        .andExpect(content().string(containsString("メールアドレスの形式が正しくありません")))
        .andExpect(content().string(containsString("「同意する」にチェックを入れてください。")))
        .andExpect(content().string(containsString("value=\"" + title + "\"")))
        .andExpect(content().string(containsString("value=\"not-an-address\"")));

    // a fresh address each time: the per-address limit counts 5 postings an hour
    // end before start, end time before start time, application period reversed, bad URL
    mvc.perform(filled(title, fresh(), "endDate", "2093-03-01"))
        .andExpect(content().string(containsString("終了日は開始日と同じ日か、それより後の日にしてください。")))
        .andExpect(content().string(containsString("value=\"2093-03-01\"")));
    mvc.perform(
            filled(
                title, fresh(), "endDate", "2093-04-01", "startTime", "15:00", "endTime", "13:00"))
        .andExpect(content().string(containsString("終了時刻は開始時刻より後にしてください。")))
        .andExpect(content().string(containsString("value=\"15:00\"")));
    mvc.perform(filled(title, fresh(), "endTime", "13:00"))
        .andExpect(content().string(containsString("終了時刻を入れる場合は、開始時刻も入力してください。")));
    mvc.perform(filled(title, fresh(), "applyTo", "2093-02-01"))
        .andExpect(content().string(containsString("募集締切日は募集開始日と同じ日か、それより後の日にしてください。")));
    mvc.perform(filled(title, fresh(), "url", "javascript:alert(1)"))
        .andExpect(
            content().string(containsString("参考URLは http:// または https:// で始まるアドレスを入力してください。")))
        .andExpect(content().string(containsString("value=\"javascript:alert(1)\"")));
    mvc.perform(filled(title, fresh(), "startDate", "2093-13-45"))
        .andExpect(content().string(containsString("開始日は「2026-12-05」のように年-月-日で入力してください。")))
        .andExpect(content().string(containsString("value=\"2093-13-45\"")));
    mvc.perform(filled(title, fresh(), "fields", "no-such-field"))
        .andExpect(content().string(containsString("分野の選択肢が正しくありません。")));
    mvc.perform(filled(title + "x".repeat(200), fresh()))
        .andExpect(content().string(containsString("タイトルは200文字以内で入力してください。")));
    // a program disguised as a PDF is refused by its content
    var exe = new MockMultipartFile("files", "案内.pdf", "application/pdf", TestFiles.exe());
    mvc.perform(filled(title, fresh()).file(exe))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"files-error\"")))
        .andExpect(content().string(containsString("value=\"" + title + "\"")));
  }

  @Test
  void theSpamGuardRefusesAFormWithoutItsToken() throws Exception {
    mvc.perform(
            multipart("/events/post")
                .param("title", "スパム")
                .param("website_confirm", "http://spam.example")
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("value=\"スパム\"")));
  }

  @Test
  void aFormSentAsABrowserSendsItShowsItsErrors() throws Exception {
    Browser browser = new Browser();
    browser.perform(get("/events/post")).andExpect(status().isOk());
    var empty = new MockMultipartFile("files", "", "application/octet-stream", new byte[0]);
    browser
        .perform(
            multipart("/events/post")
                .file(empty)
                .param("title", "春の観察会")
                .param("startDate", "")
                .param("startTime", "")
                .param("organisationId", "")
                .param("_fields", "on")
                .param("_municipalities", "on")
                .param("_agreed", "on")
                .with(csrf())
                .with(GuardedForms.asAPerson(crypto, "event-post")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("error-summary")))
        .andExpect(content().string(containsString("value=\"春の観察会\"")));
  }

  @Test
  void oneAddressCanPostOnlyFiveTimesAnHour() throws Exception {
    String email = fresh();
    String title = EventFixtures.unique("連続投稿");
    for (int i = 0; i < 5; i++) {
      mvc.perform(filled(title, email)).andExpect(status().isOk());
    }
    mvc.perform(filled(title, email))
        .andExpect(status().isTooManyRequests())
        .andExpect(content().string(containsString("value=\"" + title + "\"")));
  }

  static String fresh() {
    return "bad-" + System.nanoTime() + "@example.jp";
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }
}
