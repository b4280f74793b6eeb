package jp.yamaguchi.katsudo.report;

import static jp.yamaguchi.katsudo.support.GuardedForms.asAPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.grant.Browser;
import jp.yamaguchi.katsudo.media.TestFiles;
import jp.yamaguchi.katsudo.report.domain.ActivityReport;
import jp.yamaguchi.katsudo.report.domain.ReportEditing;
import jp.yamaguchi.katsudo.report.domain.ReportSearch;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * 活動実績・事例: staff forms (photos need their alternative text), public list, search and detail, and
 * the public posting with its mails.
 */
@IntegrationTest
class ReportTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired MockMvc mvc;
  @Autowired ReportEditing editing;
  @Autowired FieldCrypto crypto;
  @Autowired JdbcClient jdbc;

  static String unique(String prefix) {
    return prefix + "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  static MockMultipartHttpServletRequestBuilder staffForm(String url, String... pairs) {
    MockMultipartHttpServletRequestBuilder b = multipart(url);
    b.with(csrf()).with(user("editor").roles("EDITOR"));
    for (int i = 0; i < pairs.length; i += 2) b.param(pairs[i], pairs[i + 1]);
    return b;
  }

  static MockMultipartFile png() {
    return new MockMultipartFile("photo", "hanadan.png", "image/png", TestFiles.png());
  }

  ActivityReport byTitle(String title) {
    return editing
        .search(new ReportSearch(null, title, null, null, ReportSearch.BY_UPDATED, false), 0)
        .getContent()
        .getFirst();
  }

  @Test
  void aPhotoWithoutAlternativeTextIsRefusedAndTheValuesAreKept() throws Exception {
    String title = unique("noalt");
    mvc.perform(
            staffForm(
                    "/admin/reports",
                    "title",
                    title,
                    "body",
                    "花壇の手入れをしました。",
                    "orgName",
                    "宇部花いっぱいの会",
                    "orgNameKana",
                    "うべはないっぱいのかい",
                    "participants",
                    "約30名")
                .file(png()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：")))
        .andExpect(content().string(containsString("写真の説明（代替テキスト）を入力してください。")))
        .andExpect(content().string(containsString("value=\"" + title + "\"")))
        .andExpect(content().string(containsString("value=\"約30名\"")))
        .andExpect(content().string(containsString("花壇の手入れをしました。</textarea>")));
    mvc.perform(
            staffForm(
                "/admin/reports",
                "title",
                title,
                "body",
                "",
                "orgName",
                "",
                "orgNameKana",
                "カタカナ",
                "heldOn",
                "2025/10/12",
                "relatedOrgIds",
                "abc",
                "url",
                "javascript:alert(1)"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("内容を入力してください。")))
        .andExpect(content().string(containsString("団体名を入力してください。")))
        .andExpect(content().string(containsString("団体名ふりがなは、ひらがなで入力してください。")))
        .andExpect(content().string(containsString("開催日は「2025-10-12」のように年-月-日で入力してください。")))
        .andExpect(content().string(containsString("団体IDは、半角数字をカンマで区切って入力してください")))
        .andExpect(
            content().string(containsString("参考URLは http:// または https:// から始まるアドレスを入力してください。")))
        .andExpect(content().string(containsString("value=\"カタカナ\"")));
    // a document is not a photo
    mvc.perform(
            staffForm(
                    "/admin/reports",
                    "title",
                    title,
                    "body",
                    "本文",
                    "orgName",
                    "会",
                    "photoAlt",
                    "説明")
                .file(new MockMultipartFile("photo", "a.pdf", "application/pdf", TestFiles.pdf())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("写真には画像ファイル（PNG・JPEG・GIF・WebP）を選んでください。")));
    assertThat(
            editing
                .search(new ReportSearch(null, title, null, null, null, false), 0)
                .getTotalElements())
        .isZero();
  }

  @Test
  void staffCreateWithPhotoPublishAndThePublicSeesItWithItsAltText() throws Exception {
    String title = unique("photo");
    mvc.perform(
            staffForm(
                    "/admin/reports",
                    "title",
                    title,
                    "body",
                    "一行目\n二行目",
                    "orgName",
                    "宇部花いっぱいの会",
                    "heldOn",
                    "2025-10-12",
                    "place",
                    "宇部市ときわ公園",
                    "relatedGroups",
                    "宇部市緑化推進協議会",
                    "relatedOrgIds",
                    "12, 35",
                    "photoAlt",
                    "花壇に花を植える参加者たち")
                .file(png()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrlPattern("/admin/reports/*"));
    ActivityReport r = byTitle(title);
    assertThat(r.getPhotoIdList()).hasSize(1);
    assertThat(r.getRelatedOrgIdList()).containsExactly(12L, 35L);
    mvc.perform(get("/reports/" + r.getId())).andExpect(status().isNotFound());
    editing.review(r.getId(), null, ReviewAction.PUBLISH, null, "editor");

    mvc.perform(get("/reports/" + r.getId()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("<h1 class=\"page-title\" id=\"report-title\">" + title)))
        .andExpect(content().string(containsString("alt=\"花壇に花を植える参加者たち\"")))
        .andExpect(content().string(stringContainsInOrder("<p>一行目</p>", "<p>二行目</p>")))
        .andExpect(content().string(containsString("宇部市ときわ公園")))
        .andExpect(content().string(containsString("宇部市緑化推進協議会")));
    mvc.perform(get("/reports").param("q", title))
        .andExpect(content().string(containsString("検索結果（1件）")))
        .andExpect(content().string(containsString("alt=\"花壇に花を植える参加者たち\"")));
    mvc.perform(get("/reports").param("q", title).param("from", "2025-11-01"))
        .andExpect(content().string(containsString("検索結果（0件）")));
    mvc.perform(get("/reports").param("q", title).param("to", "2025-10-12"))
        .andExpect(content().string(containsString("検索結果（1件）")));
    // the photo is in use: the library lists the report
    mvc.perform(get("/admin/reports/" + r.getId()).with(user("editor").roles("EDITOR")))
        .andExpect(content().string(containsString("花壇に花を植える参加者たち")));
    // removing it
    mvc.perform(
            staffForm(
                "/admin/reports/" + r.getId(),
                "title",
                title,
                "body",
                "一行目",
                "orgName",
                "宇部花いっぱいの会",
                "photoIds",
                String.valueOf(r.getPhotoIdList().getFirst()),
                "removePhotos",
                String.valueOf(r.getPhotoIdList().getFirst()),
                "version",
                String.valueOf(editing.get(r.getId()).getVersion())))
        .andExpect(status().isFound());
    assertThat(editing.get(r.getId()).getPhotoIdList()).isEmpty();
  }

  @Test
  void publicPostingLandsAsPendingAndTellsTheSubmitter() throws Exception {
    String title = unique("posted");
    String email = "report-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    Browser browser = new Browser(mvc);
    MockMultipartHttpServletRequestBuilder form = multipart("/reports/post");
    form.with(csrf()).with(asAPerson(crypto, "report-post"));
    form.param("agreed", "true")
        .param("title", title)
        .param("body", "清掃活動をしました。")
        .param("orgName", "ほうふ海岸クラブ")
        .param("photoAlt", "海岸でごみを拾う参加者")
        .param("submitterName", "防府 花子")
        .param("submitterEmail", email);
    form.file(png());
    browser.perform(form).andExpect(redirectedUrl("/reports/post/confirm"));
    browser
        .perform(get("/reports/post/confirm"))
        .andExpect(content().string(containsString("alt=\"海岸でごみを拾う参加者\"")))
        .andExpect(content().string(containsString(title)));
    browser
        .perform(get("/reports/post"))
        .andExpect(content().string(containsString("value=\"" + title + "\"")))
        .andExpect(content().string(containsString("海岸でごみを拾う参加者")));
    browser
        .perform(post("/reports/post/send").with(csrf()))
        .andExpect(redirectedUrl("/reports/post/sent"));
    List<Long> ids =
        jdbc.sql("select id from activity_report where title = :t")
            .param("t", title)
            .query(Long.class)
            .list();
    assertThat(ids).hasSize(1);
    assertThat(editing.get(ids.getFirst()).review().state()).isEqualTo(ReviewState.DRAFT);

    String token = token(mailsTo(email, 1).getFirst());
    mvc.perform(post("/submission/confirm").with(csrf()).param("token", token))
        .andExpect(redirectedUrl("/reports/post/thanks"));
    assertThat(editing.get(ids.getFirst()).review().state()).isEqualTo(ReviewState.PENDING);
    assertThat(mailsTo(email, 2).get(1).getSubject())
        .isEqualTo("活動実績・事例「" + title + "」の仮登録が完了しました");
    editing.review(ids.getFirst(), null, ReviewAction.PUBLISH, null, "editor");
    assertThat(mailsTo(email, 3).get(2).getSubject()).isEqualTo("活動実績・事例「" + title + "」を公開しました");
    mvc.perform(get("/reports/" + ids.getFirst())).andExpect(status().isOk());
    mvc.perform(get("/reports/post")).andExpect(content().string(not(containsString(title))));
  }

  static String token(MimeMessage mail) throws Exception {
    String body = new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("submission/confirm\\?token=([A-Za-z0-9_-]{43})").matcher(body);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  List<MimeMessage> mailsTo(String address, int expected) {
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> to(address).size() >= expected);
    return to(address);
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
