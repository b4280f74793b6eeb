package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.member.MemberFixtures;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mailed account flows in a real browser, with the mails caught by a real SMTP server on
 * loopback: a new member confirms the address from the mail and logs in; forgets the password and
 * sets a new one from the reset mail; changes the mail address, which changes only when the link
 * sent to the new address is followed. No mail ever contains a password.
 */
class MemberMailFlowsBrowserTest extends BrowserTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired MemberAccounts accounts;

  /** The path of the link in the newest mail to {@code address}, after {@code count} mails. */
  String linkInMail(String address, int count) {
    List<MimeMessage> mails = MemberFixtures.mailsTo(greenMail, address, count);
    MimeMessage mail = mails.get(count - 1);
    return MemberFixtures.link(mail);
  }

  void login(Page page, String id, String password) {
    page.navigate(url("/login"));
    page.getByLabel("ログインIDまたはメールアドレス").fill(id);
    page.getByLabel("パスワード").fill(password);
    page.getByRole(AriaRole.MAIN)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ログイン"))
        .click();
  }

  void logout(Page page) {
    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("会員メニュー"))
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ログアウト"))
        .click();
  }

  @Test
  void confirmResetAndChangeTheAddressFromTheMails() {
    String id = MemberFixtures.unique("flow");
    String email = id + "@example.jp";
    String password = "Hagi-no-yuuhi 2026";
    accounts.register(MemberFixtures.individual(id, email, password), Site.SUPERNET);
    Page page = newPage(PHONE);

    // before the address is confirmed, the login refuses and offers the confirmation mail again
    login(page, id, password);
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^エラー："));

    // 1. the confirmation link opens a page with a button; the button completes the registration
    page.navigate(url(linkInMail(email, 1)));
    assertAccessible(page, "member-verify");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録を完了する")).click();
    assertThat(page.locator("h1")).hasText("登録が完了しました");
    login(page, id, password);
    assertThat(page).hasURL(url("/mypage"));
    logout(page);

    // 2. a forgotten password: the reset mail's link sets a new one
    page.navigate(url("/account/password-reset"));
    page.getByLabel("ログインIDまたはメールアドレス").fill(email);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("再設定のメールを送る")).click();
    assertThat(page.getByText("登録されている場合は、メールをお送りしました。")).isVisible();
    String resetLink = linkInMail(email, 2);
    page.navigate(url(resetLink));
    assertAccessible(page, "member-reset-new");
    String newPassword = "Tsunoshima-ohashi 2027";
    page.getByLabel("新しいパスワード").fill(newPassword);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("パスワードを設定する")).click();
    assertThat(page.locator("h1")).hasText("パスワードを設定しました");
    // the link works once only
    page.navigate(url(resetLink));
    assertThat(page.locator("main")).containsText("既に使われています");
    login(page, id, password);
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^エラー："));
    login(page, id, newPassword);
    assertThat(page).hasURL(url("/mypage"));

    // 3. a new address: nothing changes until the link sent to the new address is followed
    String newEmail = MemberFixtures.unique("moved") + "@example.jp";
    page.navigate(url("/mypage/email"));
    page.getByLabel("新しいメールアドレス").fill(newEmail);
    page.getByLabel("現在のパスワード").fill(newPassword);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認メールを送る")).click();
    assertThat(accounts.byLoginId(id).orElseThrow().maskedEmail()).startsWith("f***@");
    page.navigate(url(linkInMail(newEmail, 1)));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("メールアドレスを変更する")).click();
    assertThat(page.locator("h1")).hasText("メールアドレスを変更しました");
    assertThat(accounts.byLoginId(id).orElseThrow().maskedEmail()).startsWith("m***@");

    // no mail to either address ever carried a password
    for (MimeMessage mail : MemberFixtures.to(greenMail, email)) {
      assertThat(MemberFixtures.text(mail)).doesNotContain(password).doesNotContain(newPassword);
    }
    for (MimeMessage mail : MemberFixtures.to(greenMail, newEmail)) {
      assertThat(MemberFixtures.text(mail)).doesNotContain(newPassword);
    }
  }
}
