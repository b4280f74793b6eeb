package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.account.member.MemberFixtures;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.DirectoryFixtures;
import jp.yamaguchi.katsudo.directory.DirectoryHeadline;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A group registers on Supernet with the keyboard only: guide → terms (同意する) → the form (a refused
 * first try with its error summary) → 確認 → 戻る keeps the values → 確認 → 送信 → the confirmation link
 * from the mail caught by a real SMTP server on loopback → 仮登録 and the next-steps page; then staff
 * publish it in the admin, also by keyboard, and it is public. Every page is checked with axe at
 * both widths.
 */
class DirectoryRegistrationBrowserTest extends BrowserTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  static final Pattern LINK =
      Pattern.compile("https?://[^/\\s]+(/submission/confirm\\?token=[A-Za-z0-9_-]{43})");

  @Autowired DirectoryEntries entries;

  /** Presses Tab until the element has focus: proves it is reachable by keyboard. */
  private void tabTo(Page page, Locator target) {
    for (int i = 0; i < 600; i++) {
      page.keyboard().press("Tab");
      if ((Boolean) target.evaluate("el => el === document.activeElement")) return;
    }
    throw new AssertionError("not reachable with Tab: " + target);
  }

  /** Types into the field with this id (its label is checked by axe). */
  private void type(Page page, String id, String text) {
    tabTo(page, page.locator("#" + id));
    page.keyboard().press("Control+A");
    page.keyboard().type(text);
  }

  private void tick(Page page, Locator box) {
    tabTo(page, box);
    if (!box.isChecked()) page.keyboard().press("Space");
    assertThat(box.isChecked()).isTrue();
  }

  /** Chooses an option of a select with the arrow keys. */
  private void choose(Page page, String id, String value) {
    Locator select = page.locator("#" + id);
    tabTo(page, select);
    for (int i = 0; i < 80 && !value.equals(select.inputValue()); i++) {
      page.keyboard().press("ArrowDown");
    }
    assertThat(select.inputValue()).isEqualTo(value);
  }

  private void press(Page page, String button) {
    tabTo(
        page,
        page.getByRole(AriaRole.MAIN)
            .getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button).setExact(true)));
    page.keyboard().press("Enter");
    page.waitForLoadState();
  }

  private void both(Page page, String name) {
    assertAccessible(page, name);
    page.setViewportSize(PHONE, 900);
    assertAccessible(page, name);
    page.setViewportSize(DESKTOP, 900);
  }

  @Test
  void aGroupRegistersWithTheKeyboardAndStaffPublishIt() {
    String name = DirectoryFixtures.unique("キーボードの会");
    String email = DirectoryFixtures.unique("kb-") + "@example.jp";
    Page page = newPage(DESKTOP);
    page.navigate(url("/"));
    tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("団体登録・修正")));
    page.keyboard().press("Enter");
    page.waitForURL(url("/registration"));
    // the staff-edited guide page links to the registration
    tabTo(
        page,
        page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("掲載登録の申込み（NPO法人・県民活動団体・企業）")));
    page.keyboard().press("Enter");
    page.waitForURL(url("/directory/register"));
    both(page, "directory-register-guide");

    tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("県民活動団体の掲載登録")));
    page.keyboard().press("Enter");
    page.waitForURL(url("/directory/register/group"));
    both(page, "directory-register-terms");
    press(page, "同意する");
    page.waitForURL(url("/directory/register/group/form"));
    both(page, "directory-register-form");

    // a first try with only the name: refused with the error summary, the name kept
    type(page, "name", name);
    press(page, "確認する");
    assertThat(page).hasTitle(Pattern.compile("^エラー："));
    assertThat(page.locator(".error-summary")).containsText("代表者名を入力してください。");
    assertThat(page.locator("#name")).hasValue(name);
    both(page, "directory-register-form-errors");

    choose(page, "classification", "nini");
    type(page, "nameKana", "きーぼーどのかい");
    type(page, "representativeName", "山口太郎");
    tick(page, page.getByLabel("上記に同意する"));
    type(page, "contactName", "山口花子");
    tick(page, page.locator("#activityFields3"));
    tick(page, page.locator("#targetArea"));
    tick(page, page.locator("#targetMunicipalities3"));
    type(page, "purpose", "地域の川をきれいにする");
    type(page, "activities", "毎月第2土曜日に清掃活動をしています");
    choose(page, "prefecture", "35");
    choose(page, "municipality", "yamaguchi");
    type(page, "address", "中央1-2-3");
    type(page, "memberCount", "約30名");
    type(page, "registrantName", "登録次郎");
    type(page, "registrantPhone", "090-1111-2222");
    type(page, "registrantEmail", email);
    tick(page, page.locator("#requirements"));
    for (int i = 2; i <= 6; i++) tick(page, page.locator("#requirements" + i));
    press(page, "確認する");
    page.waitForURL(url("/directory/register/group/confirm"));
    assertThat(page.locator("main")).containsText(name);
    assertThat(page.locator("main")).containsText("約30名");
    both(page, "directory-register-confirm");

    // 戻る keeps every value
    tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("戻る")));
    page.keyboard().press("Enter");
    page.waitForURL(url("/directory/register/group/form"));
    assertThat(page.locator("#memberCount")).hasValue("約30名");
    assertThat(page.getByLabel("上記に同意する")).isChecked();
    press(page, "確認する");
    page.waitForURL(url("/directory/register/group/confirm"));
    press(page, "送信する");
    page.waitForURL(url("/directory/register/sent"));
    both(page, "directory-register-sent");

    // the confirmation link from the mail
    List<MimeMessage> mails = MemberFixtures.mailsTo(greenMail, email, 1);
    String body;
    try {
      body = mails.getFirst().getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).isTrue();
    page.navigate(url(link.group(1)));
    press(page, "メールアドレスを確認して送信する");
    assertThat(page.locator("h1")).hasText("仮登録が完了しました");
    both(page, "directory-register-done");

    List<DirectoryHeadline> mine = entries.byRegistrantEmail(email);
    long id = mine.getFirst().id();
    assertThat(entries.get(id).getReview().state()).isEqualTo(ReviewState.PENDING);

    // staff publish it
    loginAsAdmin(page);
    page.navigate(url("/admin/directory/" + id));
    both(page, "directory-admin-entry");
    press(page, "公開する");
    assertThat(page.locator("main")).containsText("公開しました。");
    assertThat(entries.findPublic(id)).isPresent();

    // and it is on the public site, without the private 登録担当者 address
    page.navigate(url("/directory/" + id));
    assertThat(page.locator("h1")).containsText(name);
    assertThat(page.content()).doesNotContain(email);
  }
}
