package jp.yamaguchi.katsudo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;

/**
 * The staff login with two factors as in production: password, then the code from the mail, then
 * the dashboard. And the security screens (code entry, own password, lockouts) pass axe.
 */
@TestPropertySource(
    properties = {
      "katsudo.security.staff-two-factor=true",
      "katsudo.admin.email=" + StaffSecurityBrowserTest.ADMIN_EMAIL
    })
class StaffSecurityBrowserTest extends BrowserTest {

  static final String ADMIN_EMAIL = "browser-admin@example.jp";
  private static final Pattern CODE = Pattern.compile("確認コード：(\\d{8})");

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  private String lastCode() throws Exception {
    List<MimeMessage> mails =
        Arrays.stream(greenMail.getReceivedMessages())
            .filter(
                m -> {
                  try {
                    return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(ADMIN_EMAIL));
                  } catch (jakarta.mail.MessagingException e) {
                    return false;
                  }
                })
            .toList();
    assertThat(mails).isNotEmpty();
    Matcher m = CODE.matcher((String) mails.getLast().getContent());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** Password, then the code from the mail. */
  private void loginWithCode(Page page, boolean checkCodePage) throws Exception {
    page.navigate(url("/admin/login"));
    page.getByLabel("ログインID").fill(ADMIN);
    page.getByLabel("パスワード").fill(ADMIN_PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
    assertThat(page.url()).endsWith("/admin/login/code");
    // half signed in: the header does not claim a login yet
    assertThat(page.getByText("ログイン中：").count()).isZero();
    if (checkCodePage) assertAccessible(page, "login-code");
    page.getByLabel("確認コード").fill("00000000");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認してログインする")).click();
    assertThat(page.title()).startsWith("エラー：");
    assertThat(page.locator(".error-summary").textContent()).contains("確認コードが正しくないか");
    if (checkCodePage) assertAccessible(page, "login-code-error");
    page.getByLabel("確認コード").fill(lastCode());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認してログインする")).click();
    assertThat(page.url()).endsWith("/admin/");
  }

  @Test
  void anAdministratorSignsInWithTheCodeFromTheMail() throws Exception {
    Page page = newPage(DESKTOP);
    loginWithCode(page, false);
    assertThat(page.locator("h1").first().textContent()).isNotBlank();
    assertThat(page.getByText("ログイン中：").count()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void theSecurityScreensAreAccessible(int width) throws Exception {
    Page page = newPage(width);
    // a failed login of someone else, so the lockouts page has a row (with a masked address)
    page.navigate(url("/admin/login"));
    page.getByLabel("ログインID").fill("someone-" + width + "@example.jp");
    page.getByLabel("パスワード").fill("not-the-password");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
    assertThat(page.url()).endsWith("/admin/login?error");
    loginWithCode(page, true);
    page.navigate(url("/admin/settings/lockouts"));
    assertThat(page.locator("h1").textContent()).isEqualTo("ログインのロック");
    assertThat(page.locator("table").textContent()).contains("s***@example.jp");
    assertAccessible(page, "lockouts");
    page.navigate(url("/admin/account/password"));
    assertAccessible(page, "own-password");
  }
}
