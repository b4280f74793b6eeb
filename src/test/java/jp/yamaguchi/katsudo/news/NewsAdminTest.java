package jp.yamaguchi.katsudo.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import jp.yamaguchi.katsudo.core.review.ReviewHistory;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import jp.yamaguchi.katsudo.news.domain.NewsSearch;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The staff's news screens: authorization, forms with Japanese errors, and the review flow. */
@IntegrationTest
@DateSensitive
class NewsAdminTest {

  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired NewsEditing editing;
  @Autowired ReviewHistory history;
  NewsFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new NewsFixtures(editing);
  }

  static MockHttpServletRequestBuilder form(String url, String... pairs) {
    MockHttpServletRequestBuilder b = post(url).with(csrf());
    for (int i = 0; i < pairs.length; i += 2) b.param(pairs[i], pairs[i + 1]);
    return b;
  }

  /** Whether the text contains {@code fragment} exactly {@code times} times. */
  static org.hamcrest.Matcher<String> countMatches(String fragment, int times) {
    return new org.hamcrest.TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(String text) {
        return text.split(java.util.regex.Pattern.quote(fragment), -1).length - 1 == times;
      }

      @Override
      public void describeTo(org.hamcrest.Description d) {
        d.appendText(times + " occurrence(s) of ").appendValue(fragment);
      }
    };
  }

  NewsItem byTitle(String title) {
    return editing
        .search(new NewsSearch(null, null, null, title, NewsSearch.BY_DATE, false), 0)
        .getContent()
        .getFirst();
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginAndCannotPost() throws Exception {
    NewsItem item =
        fixtures.draft(
            Site.SUPERNET, NewsKind.NEWS, NewsFixtures.unique("非公開"), LocalDate.now(clock));
    for (String path :
        new String[] {
          "/admin/news",
          "/admin/news/new",
          "/admin/news/" + item.getId(),
          "/admin/news/" + item.getId() + "/preview",
          "/admin/news/" + item.getId() + "/delete"
        }) {
      mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
    }
    mvc.perform(form("/admin/news/" + item.getId() + "/review", "action", "PUBLISH"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/login"));
    mvc.perform(form("/admin/news/" + item.getId() + "/delete"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/login"));
    assertThat(editing.get(item.getId()).review().state()).isEqualTo(ReviewState.DRAFT);
  }

  @Test
  void aPostWithoutCsrfTokenIsRefused() throws Exception {
    NewsItem item =
        fixtures.pending(
            Site.SUPERNET, NewsKind.NEWS, NewsFixtures.unique("CSRF"), LocalDate.now(clock));
    mvc.perform(
            post("/admin/news/" + item.getId() + "/review")
                .param("action", "PUBLISH")
                .with(user("admin").roles("ADMIN")))
        .andExpect(status().isForbidden());
    assertThat(editing.get(item.getId()).review().state()).isEqualTo(ReviewState.PENDING);
  }

  @Test
  void anEditorCreatesADraftAndSubmitsItThenAnotherStaffMemberPublishesIt() throws Exception {
    String title = NewsFixtures.unique("編集者が書いた講座案内");
    mvc.perform(get("/admin/news/new").with(user("editor-x").roles("EDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>お知らせの作成 | ")))
        .andExpect(content().string(containsString("value=\"" + LocalDate.now(clock) + "\"")));
    mvc.perform(
            form(
                    "/admin/news",
                    "site",
                    "SUPERNET",
                    "kind",
                    "NEWS",
                    "title",
                    title,
                    "publishedOn",
                    "2026-04-01",
                    "body",
                    "<p>講座を開きます。</p><script>alert(1)</script>")
                .with(user("editor-x").roles("EDITOR")))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("success", containsString("下書きとして保存しました")));
    NewsItem item = byTitle(title);
    assertThat(item.getAuthor()).isEqualTo("editor-x");
    assertThat(item.getBody()).isEqualTo("<p>講座を開きます。</p>");
    assertThat(item.review().state()).isEqualTo(ReviewState.DRAFT);

    mvc.perform(get("/admin/news/" + item.getId()).with(user("editor-x").roles("EDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(">審査を依頼する</button>")))
        .andExpect(content().string(containsString(">公開する</button>")))
        .andExpect(content().string(not(containsString(">差し戻す</button>"))))
        .andExpect(content().string(containsString("審査の履歴")));

    mvc.perform(
            form(
                    "/admin/news/" + item.getId() + "/review",
                    "action",
                    "SUBMIT",
                    "version",
                    String.valueOf(item.getVersion()))
                .with(user("editor-x").roles("EDITOR")))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/news/" + item.getId()))
        .andExpect(flash().attribute("success", "審査を依頼しました。"));
    assertThat(editing.get(item.getId()).review().state()).isEqualTo(ReviewState.PENDING);

    mvc.perform(get("/admin/news?state=PENDING").with(user("chief").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)));
    mvc.perform(get("/admin/").with(user("chief").roles("ADMIN")))
        .andExpect(content().string(containsString("href=\"/admin/news?state=PENDING\"")));

    mvc.perform(
            form("/admin/news/" + item.getId() + "/review", "action", "PUBLISH")
                .with(user("chief").roles("ADMIN")))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("success", "公開しました。"));
    NewsItem published = editing.get(item.getId());
    assertThat(published.review().state()).isEqualTo(ReviewState.PUBLISHED);
    assertThat(published.review().reviewedBy()).isEqualTo("chief");
    assertThat(published.review().submittedBy()).isEqualTo("editor-x");
    assertThat(history.of(published).getFirst().actor()).isEqualTo("chief");

    mvc.perform(get("/news/" + item.getId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)));
    mvc.perform(get("/admin/news/" + item.getId()).with(user("chief").roles("ADMIN")))
        .andExpect(content().string(containsString("<td>chief</td>")))
        .andExpect(content().string(containsString(">非公開にする</button>")));
  }

  @Test
  @WithMockUser(username = "chief", roles = "ADMIN")
  void sendingBackWithoutAReasonIsRefusedInJapanese() throws Exception {
    NewsItem item =
        fixtures.pending(
            Site.SUPERNET, NewsKind.CENTER_NEWS, NewsFixtures.unique("理由なし"), LocalDate.now(clock));
    mvc.perform(
            form("/admin/news/" + item.getId() + "/review", "action", "SEND_BACK", "reason", "  "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：お知らせの編集 | ")))
        .andExpect(content().string(containsString("差し戻しの理由を入力してください。")))
        .andExpect(content().string(containsString("href=\"#reason\"")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    assertThat(editing.get(item.getId()).review().state()).isEqualTo(ReviewState.PENDING);

    mvc.perform(
            form(
                "/admin/news/" + item.getId() + "/review",
                "action",
                "SEND_BACK",
                "reason",
                "会場が抜けています。"))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("success", containsString("差し戻しました")));
    NewsItem returned = editing.get(item.getId());
    assertThat(returned.review().state()).isEqualTo(ReviewState.RETURNED);
    assertThat(returned.review().returnReason()).isEqualTo("会場が抜けています。");
    mvc.perform(get("/admin/news/" + item.getId()))
        .andExpect(content().string(containsString("会場が抜けています。")));
  }

  @Test
  @WithMockUser(username = "chief", roles = "ADMIN")
  void anIllegalMoveIsRefusedWithAJapaneseMessage() throws Exception {
    NewsItem item =
        fixtures.draft(
            Site.SUPERNET, NewsKind.NEWS, NewsFixtures.unique("不正"), LocalDate.now(clock));
    mvc.perform(
            form("/admin/news/" + item.getId() + "/review", "action", "SEND_BACK", "reason", "理由"))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("error", "「下書き」の状態では「差し戻す」ことはできません。画面を開き直して、最新の状態を確認してください。"));
    mvc.perform(form("/admin/news/" + item.getId() + "/review", "action", "DESTROY"))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("error", "操作を選んでください。"));
    mvc.perform(
            form(
                "/admin/news/" + item.getId() + "/review",
                "action",
                "SUBMIT",
                "version",
                String.valueOf(item.getVersion() - 1)))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("error", containsString("ほかの人が先に")));
    assertThat(editing.get(item.getId()).review().state()).isEqualTo(ReviewState.DRAFT);
  }

  @Test
  @WithMockUser(username = "editor-v", roles = "EDITOR")
  void invalidInputShowsJapaneseErrorsAndKeepsWhatWasTyped() throws Exception {
    String longTitle = "長".repeat(201);
    mvc.perform(
            form(
                "/admin/news",
                "site",
                "AIKASANET",
                "kind",
                "CENTER_NEWS",
                "title",
                longTitle,
                "publishedOn",
                "",
                "body",
                "本文は残ります<script>"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：お知らせの作成 | ")))
        .andExpect(content().string(containsString("タイトルは200文字以内で入力してください。")))
        .andExpect(content().string(containsString("日付を入力してください。")))
        .andExpect(content().string(containsString("value=\"" + longTitle + "\"")))
        .andExpect(content().string(containsString("本文は残ります&lt;script&gt;</textarea>")))
        .andExpect(content().string(containsString("href=\"#title\"")))
        .andExpect(content().string(containsString("href=\"#publishedOn\"")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.stringContainsInOrder(
                        "<a href=\"#title\">タイトルは200文字以内で入力してください。</a>",
                        "aria-describedby=\"title-hint title-error\" aria-invalid=\"true\"",
                        "id=\"title\" name=\"title\"",
                        "id=\"title-error\"",
                        "タイトルは200文字以内で入力してください。")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.stringContainsInOrder(
                        "error-summary__list",
                        "href=\"#title\"",
                        "href=\"#publishedOn\"",
                        "class=\"form\"")));

    String title = NewsFixtures.unique("組み合わせ違い");
    mvc.perform(
            form(
                "/admin/news",
                "site",
                "AIKASANET",
                "kind",
                "CENTER_NEWS",
                "title",
                title,
                "publishedOn",
                "2026-04-01",
                "body",
                "本文"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("センターからのお知らせは、県民活動スーパーネットだけに掲載できます。")))
        .andExpect(content().string(containsString("href=\"#kind\"")))
        .andExpect(content().string(containsString("value=\"" + title + "\"")));
    assertThat(
            editing
                .search(new NewsSearch(null, null, null, title, NewsSearch.BY_DATE, false), 0)
                .getTotalElements())
        .isZero();

    mvc.perform(
            form(
                "/admin/news",
                "site",
                "SUPERNET",
                "kind",
                "NEWS",
                "title",
                title,
                "publishedOn",
                "2026-13-45",
                "body",
                "本文"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("日付は「2025-04-01」のように年-月-日で入力してください。")));
  }

  @Test
  @WithMockUser(username = "editor-e", roles = "EDITOR")
  void editingSavesAndAnOutdatedFormIsRefusedWithoutLosingInput() throws Exception {
    NewsItem item =
        fixtures.draft(
            Site.SUPERNET, NewsKind.NEWS, NewsFixtures.unique("編集"), LocalDate.now(clock));
    String v = String.valueOf(item.getVersion());
    mvc.perform(
            form(
                "/admin/news/" + item.getId(),
                "site",
                "SUPERNET",
                "kind",
                "CENTER_NEWS",
                "title",
                "書き換えた題名",
                "publishedOn",
                "2026-05-05",
                "body",
                "新しい本文",
                "version",
                v))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("success", "お知らせを保存しました。"));
    NewsItem saved = editing.get(item.getId());
    assertThat(saved.getTitle()).isEqualTo("書き換えた題名");
    assertThat(saved.getKind()).isEqualTo(NewsKind.CENTER_NEWS);
    assertThat(saved.getBody()).isEqualTo("<p>新しい本文</p>");
    assertThat(saved.getUpdatedBy()).isEqualTo("editor-e");

    mvc.perform(
            form(
                "/admin/news/" + item.getId(),
                "site",
                "SUPERNET",
                "kind",
                "NEWS",
                "title",
                "古い画面からの変更",
                "publishedOn",
                "2026-05-05",
                "body",
                "古い画面の本文",
                "version",
                v))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ほかの人がこのお知らせを保存しました")))
        .andExpect(content().string(containsString("value=\"古い画面からの変更\"")))
        .andExpect(
            content()
                .string(containsString("name=\"version\" value=\"" + saved.getVersion() + "\"")));
    assertThat(editing.get(item.getId()).getTitle()).isEqualTo("書き換えた題名");
  }

  @Test
  @WithMockUser(username = "editor-l", roles = "EDITOR")
  void listFiltersSortsAndPaginates() throws Exception {
    String marker = NewsFixtures.unique("一覧確認");
    for (int i = 1; i <= 21; i++) {
      fixtures.draft(
          Site.AIKASANET, NewsKind.NEWS, marker + " 第" + i + "号", LocalDate.of(2020, 1, i));
    }
    fixtures.published(Site.SUPERNET, NewsKind.NEWS, marker + " 公開済み", LocalDate.of(2020, 2, 1));

    mvc.perform(get("/admin/news").param("q", marker).param("state", "DRAFT"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("お知らせの一覧（21件中 1～20件目）")))
        .andExpect(content().string(containsString(marker + " 第21号")))
        .andExpect(content().string(not(containsString(marker + " 第1号<"))))
        .andExpect(content().string(not(containsString(marker + " 公開済み"))))
        // the filters offer 「すべて」 as their empty choice and keep the chosen value
        .andExpect(content().string(containsString("<option value=\"\">すべて</option>")))
        .andExpect(content().string(not(containsString("選択してください"))))
        .andExpect(
            content().string(containsString("<option value=\"DRAFT\" selected=\"selected\">")))
        // newest date first by default; only the sorted column has aria-sort
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        "<th scope=\"col\" aria-sort=\"descending\">",
                        "<a class=\"sort-link\" href=\"/admin/news?state=DRAFT&amp;q=",
                        "&amp;sort=publishedOn&amp;dir=asc\">日付</a>")))
        .andExpect(content().string(containsString("&amp;sort=title&amp;dir=asc\">タイトル</a>")))
        .andExpect(content().string(countMatches("aria-sort=", 1)))
        // pages keep the filters and the order
        .andExpect(
            content().string(containsString("&amp;sort=publishedOn&amp;dir=desc&amp;page=1")));
    mvc.perform(get("/admin/news").param("q", marker).param("state", "DRAFT").param("page", "1"))
        .andExpect(content().string(containsString(marker + " 第1号<")));
    mvc.perform(get("/admin/news").param("q", marker).param("sort", "title").param("dir", "asc"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        "<th scope=\"col\" aria-sort=\"ascending\">",
                        "&amp;sort=title&amp;dir=desc\">タイトル</a>")))
        .andExpect(content().string(containsString("name=\"sort\" value=\"title\"")))
        .andExpect(content().string(containsString("name=\"dir\" value=\"asc\"")))
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(marker + " 第10号<", marker + " 第1号<", marker + " 第2号<")));
    mvc.perform(get("/admin/news").param("q", marker).param("sort", "body").param("dir", "asc"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        "<th scope=\"col\" aria-sort=\"descending\">", ">日付</a>")));
    mvc.perform(get("/admin/news").param("q", marker).param("site", "SUPERNET"))
        .andExpect(content().string(containsString(marker + " 公開済み")))
        .andExpect(content().string(not(containsString(marker + " 第2号"))));
    mvc.perform(get("/admin/news").param("state", "NOPE")).andExpect(redirectedUrl("/admin/news"));
  }

  @Test
  @WithMockUser(username = "editor-d", roles = "EDITOR")
  void deleteAsksFirstThenDeletes() throws Exception {
    String title = NewsFixtures.unique("削除対象");
    NewsItem item = fixtures.published(Site.SUPERNET, NewsKind.NEWS, title, LocalDate.now(clock));
    mvc.perform(get("/admin/news/" + item.getId() + "/delete"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1 class=\"page-title\">お知らせを削除しますか</h1>")))
        .andExpect(content().string(containsString(title)));
    assertThat(editing.find(item.getId())).isPresent();
    mvc.perform(form("/admin/news/" + item.getId() + "/delete"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/news"))
        .andExpect(flash().attribute("success", "お知らせ「" + title + "」を削除しました。"));
    assertThat(editing.find(item.getId())).isEmpty();
    mvc.perform(get("/news/" + item.getId())).andExpect(status().isNotFound());
    mvc.perform(get("/admin/news/" + item.getId())).andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(username = "editor-c", roles = "EDITOR")
  void copyPrefillsANewFormWithoutSavingAndPreviewUsesTheItemsSite() throws Exception {
    String title = NewsFixtures.unique("コピー元");
    NewsItem item = fixtures.draft(Site.AIKASANET, NewsKind.NEWS, title, LocalDate.of(2024, 1, 1));
    long before = editing.count();
    mvc.perform(get("/admin/news/new").param("copyOf", String.valueOf(item.getId())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + title + "\"")))
        .andExpect(content().string(containsString("をコピーして新しいお知らせを作成しています")))
        .andExpect(content().string(containsString("value=\"" + LocalDate.now(clock) + "\"")));
    assertThat(editing.count()).isEqualTo(before);

    mvc.perform(get("/admin/news/" + item.getId() + "/preview"))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Robots-Tag", "noindex, nofollow"))
        .andExpect(content().string(containsString("data-site=\"aikasanet\"")))
        .andExpect(content().string(containsString("プレビュー")))
        .andExpect(content().string(containsString("現在の状態：下書き")))
        .andExpect(content().string(containsString("<p>" + title + "の本文です。</p>")));
  }

  @Test
  void menuAndDashboardShowNews() throws Exception {
    mvc.perform(get("/admin/").with(user("someone").roles("EDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/admin/news\">お知らせ</a>")));
  }
}
