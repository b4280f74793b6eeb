package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A public form with the spam guard (the test-only form of core.abuse) and the audit log screen,
 * checked with axe; the honeypot stays out of sight and out of the tab order.
 */
class AbuseAuditBrowserTest extends BrowserTest {

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void aGuardedFormIsAccessibleWithAndWithoutErrors(int width) {
    Page page = open("/test-only/guarded-form", width);
    Locator honeypot = page.locator("input[name=website_confirm]");
    assertThat(honeypot).hasAttribute("tabindex", "-1");
    assertThat(honeypot).not().isInViewport();
    assertAccessible(page, "guarded-form");

    // a robot fills every field, the honeypot too: refused, shown in the error summary with the
    // typed values kept
    page.getByLabel("メールアドレス").fill("browser@example.jp");
    honeypot.evaluate("el => el.value = 'https://spam.example'");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送信する")).click();
    assertThat(page.locator(".error-summary")).containsText("送信内容を確認できませんでした");
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^エラー："));
    assertThat(page.getByLabel("メールアドレス")).hasValue("browser@example.jp");
    assertAccessible(page, "guarded-form-error");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void theAuditLogIsAccessible(int width) {
    Page page = newPage(width);
    loginAsAdmin(page); // the login itself is logged, so the list is not empty
    page.navigate(url("/admin/settings/audit"));
    assertThat(page.locator("table")).containsText("ログイン成功");
    assertAccessible(page, "audit-log");
    page.navigate(url("/admin/settings/audit?action=LOGIN_SUCCESS&from=2020-01-01"));
    assertThat(page.getByLabel("操作")).hasValue("LOGIN_SUCCESS");
    assertAccessible(page, "audit-log-filtered");
  }
}
