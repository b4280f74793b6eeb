package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page shell as a person uses it: keyboard, skip link, display switches, axe. */
class ShellBrowserTest extends BrowserTest {

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void homePagesAndErrorPagesAreAccessible(int width) {
    Page page = open("/", width);
    assertAccessible(page, "supernet-home");
    page.navigate(url("/aikasanet/"));
    assertAccessible(page, "aikasanet-home");
    page.navigate(url("/no-such-page"));
    assertAccessible(page, "supernet-404");
    page.navigate(url("/sitemap"));
    assertAccessible(page, "supernet-sitemap");
    page.navigate(url("/admin/login"));
    assertAccessible(page, "admin-login");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void firstTabReachesTheSkipLinkWhichMovesFocusToMain(int width) {
    Page page = open("/", width);
    page.keyboard().press("Tab");
    assertThat(page.evaluate("document.activeElement.className")).isEqualTo("skip-link");
    assertThat(page.locator(".skip-link")).isVisible();
    page.keyboard().press("Enter");
    assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
  }

  @Test
  void textSizeAndColourSwitchWorkWithScriptAndPersist() {
    Page page = open("/", DESKTOP);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.RADIO,
            new Page.GetByRoleOptions().setName("特大").setExact(true))
        .check();
    assertThat(page.locator("html")).hasAttribute("data-text-size", "xlarge");
    page.waitForResponse(
        r -> r.url().contains("/display") && r.url().contains("color=inverse"),
        () ->
            page.getByRole(
                    com.microsoft.playwright.options.AriaRole.RADIO,
                    new Page.GetByRoleOptions().setName("白黒反転").setExact(true))
                .check());
    assertThat(page.locator("html")).hasAttribute("data-color-scheme", "inverse");
    page.navigate(url("/aikasanet/"));
    assertThat(page.locator("html")).hasAttribute("data-text-size", "xlarge");
    assertThat(page.locator("html")).hasAttribute("data-color-scheme", "inverse");
    assertAccessible(page, "aikasanet-home-inverse-xlarge");
  }

  @Test
  void switchWorksWithoutJavaScript() {
    Page page = newPage(PHONE);
    page.context().route("**/*.js", route -> route.abort());
    page.navigate(url("/aikasanet/"));
    // without script the main menu is shown and the settings open from their disclosure
    assertThat(page.locator(".global-nav")).isVisible();
    assertThat(page.locator(".menu-button")).isHidden();
    page.locator(".display-settings summary").click();
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.RADIO,
            new Page.GetByRoleOptions().setName("大").setExact(true))
        .check();
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.RADIO,
            new Page.GetByRoleOptions().setName("青").setExact(true))
        .check();
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("変更"))
        .click();
    page.waitForURL(url("/aikasanet/"));
    assertThat(page.locator("html")).hasAttribute("data-text-size", "large");
    assertThat(page.locator("html")).hasAttribute("data-color-scheme", "blue");
    page.navigate(url("/"));
    assertThat(page.locator("html")).hasAttribute("data-color-scheme", "blue");
    assertAccessible(page, "supernet-home-blue-large");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void adminDashboardIsAccessible(int width) {
    Page page = newPage(width);
    loginAsAdmin(page);
    assertAccessible(page, "admin-dashboard");
  }

  @ParameterizedTest
  @ValueSource(ints = {320, 1920})
  void publicPagesNeverScrollSideways(int width) {
    Page page = newPage(width);
    for (String path :
        java.util.List.of("/", "/aikasanet/", "/center/access", "/news", "/sitemap")) {
      page.navigate(url(path));
      Object overflow =
          page.evaluate(
              "document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(((Number) overflow).intValue())
          .as(path + " at " + width + " px")
          .isLessThanOrEqualTo(0);
    }
  }

  @Test
  void printingLeavesOutNavigationAndSwitches() {
    Page page = open("/center/access", DESKTOP);
    page.emulateMedia(
        new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
    assertThat(page.locator(".global-nav")).isHidden();
    assertThat(page.locator(".display-switch")).isHidden();
    assertThat(page.locator(".side-nav")).isHidden();
    assertThat(page.locator("main h1")).isVisible();
  }
}
