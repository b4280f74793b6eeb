package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The site-admin and staff screens and the public terms pages, as staff and visitors use them. */
class SettingsBrowserTest extends BrowserTest {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void adminScreensAreAccessible(int width) {
    Page page = newPage(width);
    loginAsAdmin(page);
    page.navigate(url("/admin/settings/site/supernet"));
    assertAccessible(page, "settings-site");
    page.navigate(url("/admin/settings/lists"));
    assertAccessible(page, "settings-lists");
    page.navigate(url("/admin/settings/lists/municipality"));
    assertAccessible(page, "settings-list-items");
    page.navigate(url("/admin/settings/lists/activity-field/new"));
    assertAccessible(page, "settings-list-item-form");
    page.navigate(url("/admin/notices"));
    assertAccessible(page, "notices-list");
    page.navigate(url("/admin/notices/new"));
    assertAccessible(page, "notices-form");
    page.navigate(url("/admin/settings/redirects"));
    assertAccessible(page, "redirects-list");
    page.navigate(url("/admin/settings/redirects/new"));
    assertAccessible(page, "redirects-form");
    page.navigate(url("/admin/terms"));
    assertAccessible(page, "terms-admin");
    page.navigate(url("/admin/terms/supernet-registration/1"));
    assertAccessible(page, "terms-admin-version");
    page.navigate(url("/admin/terms/aikasanet-use/new"));
    assertAccessible(page, "terms-admin-form");
    page.navigate(url("/admin/staff"));
    assertAccessible(page, "staff-list");
    page.navigate(url("/admin/staff/new"));
    assertAccessible(page, "staff-form");
    // the development mail viewer does not exist in tests
    assertThat(page.navigate(url("/admin/settings/mails")).status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void listTablesAreNamedRegionsAndFilterBarsKeepTheirChoices(int width) {
    Page page = newPage(width);
    loginAsAdmin(page);
    page.navigate(url("/admin/staff"));
    Locator region =
        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("職員アカウントの一覧"));
    assertThat(region).hasAttribute("tabindex", "0");
    region.focus();
    assertThat(region).isFocused();

    page.getByLabel("権限").selectOption("ADMIN");
    page.getByLabel("状態").selectOption("enabled");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("絞り込む")).click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile("role=ADMIN.*status=enabled"));
    assertThat(page.getByLabel("権限")).hasValue("ADMIN");
    assertThat(page.getByLabel("状態")).hasValue("enabled");
    assertThat(
            page.getByRole(AriaRole.ROWHEADER)
                .filter(new Locator.FilterOptions().setHasText(ADMIN)))
        .hasCount(1);
    assertAccessible(page, "staff-list-filtered");

    page.navigate(url("/admin/terms"));
    assertThat(page.locator(".table-scroll")).not().hasCount(0);
    for (Locator r : page.locator(".table-scroll").all()) {
      assertThat(r).hasRole(AriaRole.REGION);
      assertThat(r).hasAttribute("tabindex", "0");
      assertThat(r).hasAccessibleName(java.util.regex.Pattern.compile("の版の一覧$"));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void publicTermsPagesAreAccessible(int width) {
    Page page = open("/terms", width);
    assertThat(page.locator("h1")).hasText("スーパーネット登録規約");
    assertAccessible(page, "terms-supernet");
    page.navigate(url("/aikasanet/terms"));
    assertThat(page.locator("h1")).hasText("あいかさねっと利用規約");
    assertAccessible(page, "terms-aikasanet");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void aFormWithErrorsIsAccessibleAndFocusesTheSummary(int width) {
    Page page = newPage(width);
    loginAsAdmin(page);
    page.navigate(url("/admin/staff/new"));
    page.getByLabel("ログインID").fill("山口");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("作成する")).click();
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^エラー："));
    assertThat(page.locator(".error-summary")).isVisible();
    assertThat(page.getByLabel("ログインID")).hasValue("山口");
    assertAccessible(page, "staff-form-errors");
  }

  @Test
  void anEmergencyNoticeCreatedInTheBrowserShowsOnAikasanetOnly() {
    String title = "臨時休館のお知らせ" + UUID.randomUUID().toString().substring(0, 6);
    Page page = newPage(DESKTOP);
    loginAsAdmin(page);
    page.navigate(url("/admin/notices"));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("緊急のお知らせを作成する")).click();
    page.getByLabel("あいかさねっと").check();
    page.getByLabel("題名").fill(title);
    page.getByLabel("本文").fill("大雨のため、本日は15時で閉館します。");
    LocalDateTime now = LocalDateTime.now(clock);
    page.getByLabel("表示開始日時").fill(now.minusMinutes(10).format(LOCAL));
    page.getByLabel("表示終了日時").fill(now.plusHours(2).format(LOCAL));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();

    assertThat(page.locator(".notice[data-variant='success']")).containsText(title);
    assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(title)))
        .isVisible();
    assertAccessible(page, "notices-list-with-item");

    page.navigate(url("/aikasanet/"));
    assertThat(page.locator(".emergency")).containsText(title);
    assertThat(page.locator(".emergency")).containsText("大雨のため、本日は15時で閉館します。");
    assertAccessible(page, "aikasanet-home-emergency");
    page.navigate(url("/"));
    assertThat(page.getByText(title)).hasCount(0);

    // delete it again, through the confirmation page
    page.navigate(url("/admin/notices"));
    page.getByRole(AriaRole.ROW)
        .filter(new Locator.FilterOptions().setHasText(title))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("削除"))
        .click();
    assertThat(page.locator("h1")).hasText("緊急のお知らせ「" + title + "」を削除しますか");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("削除する")).click();
    page.navigate(url("/aikasanet/"));
    assertThat(page.getByText(title)).hasCount(0);
  }
}
