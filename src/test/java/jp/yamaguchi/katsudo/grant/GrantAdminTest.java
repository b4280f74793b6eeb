package jp.yamaguchi.katsudo.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewHistory;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import jp.yamaguchi.katsudo.grant.domain.GrantEditing;
import jp.yamaguchi.katsudo.grant.domain.GrantSearch;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The staff's grant screens: authorization, Japanese errors with values kept, review, copy. */
@IntegrationTest
@DateSensitive
class GrantAdminTest {

  @Autowired Clock clock;

  LocalDate today() {
    return LocalDate.now(clock);
  }

  @Autowired MockMvc mvc;
  @Autowired GrantEditing editing;
  @Autowired ReviewHistory history;
  GrantFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new GrantFixtures(editing);
  }

  static MockMultipartHttpServletRequestBuilder form(String url, String... pairs) {
    MockMultipartHttpServletRequestBuilder b = multipart(url);
    b.with(csrf());
    for (int i = 0; i < pairs.length; i += 2) b.param(pairs[i], pairs[i + 1]);
    return b;
  }

  Grant byTitle(String title) {
    return editing
        .search(new GrantSearch(null, null, title, GrantSearch.BY_UPDATED, false), 0)
        .getContent()
        .getFirst();
  }

  @Test
  void anonymousVisitorsAreSentToTheLogin() throws Exception {
    Grant g =
        fixtures.draft(
            GrantFixtures.content(
                GrantFixtures.unique("anon"), List.of(), null, null, null, today()));
    for (String path :
        new String[] {"/admin/grants", "/admin/grants/new", "/admin/grants/" + g.getId()}) {
      mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
    }
    mvc.perform(post("/admin/grants/" + g.getId() + "/delete").with(csrf()))
        .andExpect(redirectedUrl("/admin/login"));
    assertThat(editing.find(g.getId())).isPresent();
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void badInputsShowJapaneseMessagesAndKeepTheTypedValues() throws Exception {
    String title = GrantFixtures.unique("bad");
    mvc.perform(
            form(
                "/admin/grants",
                "organizer",
                "",
                "title",
                title,
                "amountMax",
                "-5",
                "periodFrom",
                today().plusDays(10).toString(),
                "periodTo",
                today().toString(),
                "contactPostalCode",
                "75300",
                "contactPhone",
                "abc",
                "contactEmail",
                "not-an-address",
                "url",
                "javascript:alert(1)",
                "fields",
                "f07",
                "purpose",
                "目的の文章"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：助成の新規作成")))
        .andExpect(content().string(containsString("募集団体を入力してください。")))
        .andExpect(content().string(containsString("上限額は0以上の数字で入力してください。")))
        .andExpect(content().string(containsString("郵便番号は「753-0000」のように7桁の数字で入力してください。")))
        .andExpect(content().string(containsString("電話番号は「083-000-0000」のように数字とハイフンで入力してください。")))
        .andExpect(content().string(containsString("メールアドレスを「name@example.jp」の形で入力してください。")))
        .andExpect(
            content().string(containsString("参考URLは http:// または https:// から始まるアドレスを入力してください。")))
        .andExpect(content().string(containsString("value=\"" + title + "\"")))
        .andExpect(content().string(containsString("目的の文章</textarea>")))
        .andExpect(
            content().string(containsString("id=\"fields7\" name=\"fields\" checked=\"checked\"")));
    // the period's order is checked by the service, shown next to the deadline
    mvc.perform(
            form(
                "/admin/grants",
                "organizer",
                "財団",
                "title",
                title,
                "periodFrom",
                today().plusDays(10).toString(),
                "periodTo",
                today().toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("締切日は募集開始日と同じ日か、それより後の日にしてください。")))
        .andExpect(content().string(containsString("value=\"財団\"")));
    mvc.perform(form("/admin/grants", "organizer", "財団", "title", title, "periodTo", "2026/13/01"))
        .andExpect(content().string(containsString("締切日は「2026-05-31」のように年-月-日で入力してください。")));
    mvc.perform(
            form(
                "/admin/grants",
                "organizer",
                "財団",
                "title",
                title,
                "periodTo",
                today().toString(),
                "fields",
                "nosuch"))
        .andExpect(content().string(containsString("対象分野は一覧から選んでください。")));
    assertThat(
            editing.search(new GrantSearch(null, null, title, null, false), 0).getTotalElements())
        .isZero();
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void createWithAttachmentPublishCopyAndDelete() throws Exception {
    String title = GrantFixtures.unique("life");
    MockMultipartFile pdf =
        new MockMultipartFile("upload", "youkou.pdf", "application/pdf", minimalPdf());
    mvc.perform(
            form(
                    "/admin/grants",
                    "organizer",
                    "ながと市民基金",
                    "title",
                    title,
                    "periodTo",
                    today().plusDays(20).toString(),
                    "contactPostalCode",
                    "７５９－４１０１",
                    "uploadTitle",
                    "募集要項")
                .file(pdf))
        .andExpect(status().isFound())
        .andExpect(redirectedUrlPattern("/admin/grants/*"));
    Grant g = byTitle(title);
    assertThat(g.getContactPostalCode()).isEqualTo("759-4101");
    assertThat(g.getAttachmentIdList()).hasSize(1);
    assertThat(g.review().state()).isEqualTo(ReviewState.DRAFT);

    mvc.perform(get("/admin/grants/" + g.getId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("募集要項")))
        .andExpect(content().string(containsString("募集中")));

    mvc.perform(
            post("/admin/grants/" + g.getId() + "/review")
                .with(csrf())
                .param("action", "PUBLISH")
                .param("version", String.valueOf(g.getVersion())))
        .andExpect(status().isFound());
    assertThat(editing.get(g.getId()).review().state()).isEqualTo(ReviewState.PUBLISHED);
    assertThat(history.of(Grant.CONTENT_TYPE, g.getId())).hasSize(2);
    mvc.perform(get("/grants/" + g.getId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("募集要項（")));

    mvc.perform(get("/admin/grants/new").param("copyOf", String.valueOf(g.getId())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + title + "\"")))
        .andExpect(content().string(containsString("をコピーして作成しています")));

    mvc.perform(get("/admin/grants").param("q", title))
        .andExpect(content().string(containsString(title)));

    mvc.perform(post("/admin/grants/" + g.getId() + "/delete").with(csrf()))
        .andExpect(redirectedUrl("/admin/grants"));
    assertThat(editing.find(g.getId())).isEmpty();
    mvc.perform(get("/grants/" + g.getId())).andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void anOutdatedFormIsRefused() throws Exception {
    String title = GrantFixtures.unique("conflict");
    Grant g = fixtures.draft(GrantFixtures.content(title, List.of(), null, null, null, today()));
    mvc.perform(
            form(
                "/admin/grants/" + g.getId(),
                "organizer",
                "財団",
                "title",
                title + " changed",
                "periodTo",
                today().toString(),
                "version",
                String.valueOf(g.getVersion() + 5)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ほかの人が変更しました")))
        .andExpect(content().string(containsString("value=\"" + title + " changed\"")));
    assertThat(editing.get(g.getId()).getTitle()).isEqualTo(title);
    mvc.perform(get("/admin/grants").param("q", title))
        .andExpect(content().string(not(containsString("エラー"))));
  }

  static byte[] minimalPdf() {
    String pdf =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return pdf.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
