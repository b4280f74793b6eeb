package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.core.site.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A demo member on あいかさねっと: logs in, sees the header indicator, changes the password with the
 * 「パスワードを表示」 toggle worked by keyboard, logs out; the login, mypage and reset pages pass axe at
 * phone and desktop widths.
 */
class MemberBrowserTest extends BrowserTest {

  static final String MEMBER = "demo-kojin";
  static final String PASSWORD = "kojin-demo-2026";

  @Autowired MemberAccounts accounts;

  void login(Page page, String password) {
    page.navigate(url("/aikasanet/login"));
    page.getByLabel("ログインIDまたはメールアドレス").fill(MEMBER);
    page.getByLabel("パスワード").fill(password);
    page.getByRole(AriaRole.MAIN)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ログイン"))
        .click();
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void theMemberPagesAreAccessible(int width) {
    Page page = newPage(width);
    page.navigate(url("/aikasanet/login"));
    assertAccessible(page, "member-login");
    // a failed login: error summary, エラー in the title, focus on the summary
    page.getByLabel("ログインIDまたはメールアドレス").fill(MEMBER);
    page.getByLabel("パスワード").fill("wrong-password");
    page.getByRole(AriaRole.MAIN)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ログイン"))
        .click();
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^エラー："));
    assertThat(page.locator(".error-summary")).isFocused();
    assertAccessible(page, "member-login-error");

    page.navigate(url("/aikasanet/account/password-reset"));
    assertAccessible(page, "member-reset");
    page.navigate(url("/aikasanet/account/password-reset/new?token=nothing"));
    assertAccessible(page, "member-token-error");

    login(page, PASSWORD);
    assertThat(page).hasURL(url("/aikasanet/mypage"));
    assertAccessible(page, "member-mypage");
    page.navigate(url("/aikasanet/mypage/password"));
    assertAccessible(page, "member-password");
    page.navigate(url("/aikasanet/mypage/email"));
    assertAccessible(page, "member-email");
    page.navigate(url("/aikasanet/mypage/delete"));
    assertAccessible(page, "member-delete");

    // the staff login has the same toggle
    page.navigate(url("/admin/login"));
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("パスワードを表示")))
        .isVisible();
    loginAsAdmin(page);
    page.navigate(url("/admin/members"));
    assertAccessible(page, "admin-members");
    page.navigate(url("/admin/members/new"));
    assertAccessible(page, "admin-members-new");
    MemberRef demo = accounts.byLoginId(MEMBER).orElseThrow();
    page.navigate(url("/admin/members/" + demo.id()));
    assertAccessible(page, "admin-members-detail");
  }

  @Test
  void aMemberChangesThePasswordWithTheShowToggleByKeyboardAndLogsOut() {
    Page page = newPage(DESKTOP);
    login(page, PASSWORD);
    assertThat(page).hasURL(url("/aikasanet/mypage"));
    Locator member =
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("会員メニュー"));
    assertThat(member).containsText("山口 花子さん");
    assertThat(member.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("マイページ")))
        .isVisible();
    assertThat(member.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ログアウト")))
        .isVisible();

    page.navigate(url("/aikasanet/mypage/password"));
    Locator current = page.getByLabel("現在のパスワード");
    Locator fresh = page.getByLabel("新しいパスワード");
    current.focus();
    page.keyboard().type(PASSWORD);
    page.keyboard().press("Tab");
    // the toggle of the current password follows its field
    Locator currentToggle = page.locator("button[data-password-toggle='currentPassword']");
    assertThat(currentToggle).isFocused();
    assertThat(currentToggle).hasAccessibleName("パスワードを表示");
    assertThat(currentToggle).hasAttribute("aria-pressed", "false");
    page.keyboard().press("Space");
    assertThat(currentToggle).hasAttribute("aria-pressed", "true");
    assertThat(current).hasAttribute("type", "text");
    assertThat(current).hasValue(PASSWORD);
    page.keyboard().press("Enter");
    assertThat(currentToggle).hasAttribute("aria-pressed", "false");
    assertThat(current).hasAttribute("type", "password");

    page.keyboard().press("Tab");
    assertThat(fresh).isFocused();
    String newPassword = "秋吉台の カルスト 2026!";
    page.keyboard().type(newPassword);
    page.keyboard().press("Tab");
    Locator freshToggle = page.locator("button[data-password-toggle='password']");
    assertThat(freshToggle).isFocused();
    page.keyboard().press("Space");
    assertThat(fresh).hasAttribute("type", "text");
    assertThat(fresh).hasValue(newPassword);
    page.keyboard().press("Tab");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("パスワードを変更する")))
        .isFocused();
    page.keyboard().press("Enter");

    assertThat(page).hasURL(url("/aikasanet/mypage"));
    assertThat(page.getByText("パスワードを変更しました。")).isVisible();

    member.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ログアウト")).click();
    assertThat(page).hasURL(url("/aikasanet/login?logout"));
    assertThat(
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("会員メニュー"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("ログイン")))
        .isVisible();
    page.navigate(url("/aikasanet/mypage"));
    assertThat(page.url()).startsWith(url("/aikasanet/login?next="));

    // the new password works; then the demo password is put back for the other tests
    login(page, newPassword);
    assertThat(page).hasURL(url("/aikasanet/mypage"));
    MemberRef demo = accounts.byLoginId(MEMBER).orElseThrow();
    accounts.changePassword(demo.id(), newPassword, PASSWORD, Site.AIKASANET);
  }
}
