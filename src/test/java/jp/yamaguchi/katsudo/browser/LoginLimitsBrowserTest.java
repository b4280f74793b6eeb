package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The messages for an ID or a password longer than any account's: on the member login as an error
 * of the field (summary, focus, エラー in the title), on the staff login as an alert; both pass axe at
 * phone and desktop widths.
 */
class LoginLimitsBrowserTest extends BrowserTest {

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void anOverlongIdIsNamedAsTheFieldInError(int width) {
    Page page = newPage(width);
    page.navigate(url("/login"));
    page.getByLabel("ログインIDまたはメールアドレス").fill("a".repeat(300));
    page.getByLabel("パスワード").fill("some-password");
    page.getByRole(AriaRole.MAIN)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ログイン"))
        .click();
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^エラー："));
    assertThat(page.locator(".error-summary")).isFocused();
    assertThat(page.locator(".error-summary")).containsText("ログインIDまたはメールアドレスは254文字以内で入力してください。");
    assertAccessible(page, "member-login-too-long");

    page.navigate(url("/admin/login?idTooLong"));
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("ログインIDは254文字以内で入力してください。");
    assertAccessible(page, "admin-login-id-too-long");
    page.navigate(url("/admin/login?passwordTooLong"));
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("パスワードは256文字以内で入力してください。");
    assertAccessible(page, "admin-login-password-too-long");
  }
}
