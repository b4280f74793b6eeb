package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import jp.yamaguchi.katsudo.grant.domain.GrantContent;
import jp.yamaguchi.katsudo.grant.domain.GrantEditing;
import jp.yamaguchi.katsudo.report.domain.ActivityReport;
import jp.yamaguchi.katsudo.report.domain.ReportContent;
import jp.yamaguchi.katsudo.report.domain.ReportEditing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** 助成 and 活動実績・事例 pages as people use them, checked with axe at phone and desktop widths. */
class GrantReportBrowserTest extends BrowserTest {

  LocalDate today() {
    return LocalDate.now(clock);
  }

  @Autowired GrantEditing grants;
  @Autowired ReportEditing reports;

  Grant grant;
  ActivityReport report;

  static Page.GetByRoleOptions name(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  @BeforeEach
  void data() {
    grant =
        grants.create(
            new GrantContent(
                "公益財団法人ブラウザー基金",
                "ブラウザー確認用の助成",
                List.of("f07"),
                "prefecture",
                "環境を守る活動を応援します。",
                "上限30万円",
                300_000L,
                "環境保全の事業",
                "県内の団体",
                today().minusDays(10),
                today().plusDays(5),
                "申請書を郵送してください。",
                "ブラウザー基金 事務局",
                "753-0001",
                "山口市中央1-1-1",
                "083-000-0000",
                null,
                "kikin@example.jp",
                "https://example.jp/",
                List.of()),
            "editor");
    grants.review(grant.getId(), null, ReviewAction.PUBLISH, null, "editor");
    report =
        reports.create(
            new ReportContent(
                "ブラウザー確認用の活動報告",
                "海岸のごみを拾いました。\n\n約200kgのごみが集まりました。",
                "ほうふ海岸クラブ",
                "ほうふかいがんくらぶ",
                today().minusDays(20),
                "9時～12時",
                "防府市 富海海岸",
                "約30名",
                "防府市",
                List.of(),
                null,
                List.of()),
            "editor");
    reports.review(report.getId(), null, ReviewAction.PUBLISH, null, "editor");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void publicGrantPagesAreAccessible(int width) {
    Page page = open("/grants", width);
    assertThat(page.locator("h1")).hasText("助成を探す");
    assertThat(page.locator("a[href='/grants']", new Page.LocatorOptions().setHasText("助成を探す")))
        .not()
        .hasCount(0);
    assertAccessible(page, "grant-list");

    page.getByLabel("キーワード").fill("ブラウザー確認用");
    page.getByRole(AriaRole.BUTTON, name("検索する")).click();
    assertThat(page.locator(".card")).not().hasCount(0);
    assertThat(page.locator(".card").first()).containsText("締切間近");
    page.locator(".card__title a").first().click();
    assertThat(page.locator("h1")).hasText("ブラウザー確認用の助成");
    assertThat(page.getByRole(AriaRole.LINK, name("締切日をカレンダーに追加"))).isVisible();
    assertAccessible(page, "grant-detail");

    page.navigate(url("/grants/calendar?month=" + java.time.YearMonth.from(today().plusDays(5))));
    assertThat(page.locator("table caption")).containsText("助成の締切");
    assertThat(page.locator("table")).containsText("ブラウザー確認用の助成");
    assertThat(page.locator("#grant-deadline-list")).isVisible();
    if (width == PHONE) {
      // a phone shows the deadlines as a list first; the table is one link away
      assertThat(page.locator("table")).isHidden();
      assertAccessible(page, "grant-calendar-list");
      page.getByRole(AriaRole.LINK, name("締切日をカレンダー（表）で見る")).click();
    }
    assertThat(page.locator("table")).isVisible();
    // keyboard: the scrollable calendar region and its links take the focus
    page.locator(".table-scroll").focus();
    page.keyboard().press("Tab");
    assertAccessible(page, "grant-calendar");

    page.navigate(url("/grants?amount=abc"));
    assertThat(page.locator(".error-summary")).isVisible();
    assertAccessible(page, "grant-search-error");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void postingFormsAndReportPagesAreAccessible(int width) {
    Page page = open("/grants/post", width);
    assertThat(page.locator("h1")).hasText("助成情報の掲載依頼");
    assertAccessible(page, "grant-post");
    page.getByRole(AriaRole.BUTTON, name("入力内容を確認する")).click();
    assertThat(page.locator(".error-summary")).isVisible();
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^エラー："));
    assertAccessible(page, "grant-post-errors");

    page.navigate(url("/reports"));
    assertThat(page.locator("h1")).hasText("活動実績・事例を探す");
    assertAccessible(page, "report-list");
    page.navigate(url("/reports/" + report.getId()));
    assertThat(page.locator("h1")).hasText("ブラウザー確認用の活動報告");
    assertAccessible(page, "report-detail");

    page.navigate(url("/reports/post"));
    assertThat(page.locator("h1")).hasText("活動実績・事例の掲載依頼");
    assertAccessible(page, "report-post");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void adminScreensAreAccessible(int width) {
    Page page = newPage(width);
    loginAsAdmin(page);
    page.navigate(url("/admin/grants"));
    assertThat(page.locator("h1")).hasText("助成");
    assertAccessible(page, "admin-grant-list");
    page.navigate(url("/admin/grants/" + grant.getId()));
    assertThat(page.locator("h1")).hasText("助成の編集");
    assertAccessible(page, "admin-grant-edit");
    page.navigate(url("/admin/grants/new"));
    page.getByRole(AriaRole.BUTTON, name("下書きとして保存する")).click();
    assertThat(page.locator(".error-summary")).isVisible();
    assertAccessible(page, "admin-grant-errors");

    page.navigate(url("/admin/reports"));
    assertAccessible(page, "admin-report-list");
    page.navigate(url("/admin/reports/" + report.getId()));
    assertThat(page.locator("h1")).hasText("活動実績・事例の編集");
    assertAccessible(page, "admin-report-edit");
  }
}
