package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** お知らせ as people use them: the public pages, the admin screens and the whole review flow. */
class NewsBrowserTest extends BrowserTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  static final String EDITOR_PASSWORD = "Editor-Browser-Pass-2026!";

  @Autowired StaffAccounts staff;

  static Page.GetByRoleOptions name(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  void login(Page page, String username, String password) {
    page.navigate(url("/admin/login"));
    page.getByLabel("ログインID").fill(username);
    page.getByLabel("パスワード").fill(password);
    page.getByRole(AriaRole.BUTTON, name("ログイン")).click();
    assertThat(page).hasURL(url("/admin/"));
  }

  void logout(Page page) {
    page.getByRole(AriaRole.BUTTON, name("ログアウト")).click();
    assertThat(page).hasURL(url("/admin/login?logout"));
  }

  /** The first item of the public list (newest), for the detail page. */
  String firstDetailPath(Page page) {
    return page.locator(".news-list__title a").first().getAttribute("href");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void publicNewsPagesAreAccessible(int width) {
    Page page = open("/news", width);
    assertThat(page.locator("h1")).hasText("お知らせ");
    assertThat(page.locator(".news-list__item")).not().hasCount(0);
    assertAccessible(page, "news-list");

    page.navigate(url(firstDetailPath(page)));
    assertThat(page.locator("article time"))
        .hasAttribute("datetime", java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
    assertAccessible(page, "news-detail");

    page.navigate(url("/center-news"));
    assertThat(page.locator("h1")).hasText("センターからのお知らせ");
    assertAccessible(page, "center-news-list");

    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("年別アーカイブ"))
        .getByRole(AriaRole.LINK)
        .nth(1)
        .click();
    assertThat(page.locator("h1")).containsText("年）");
    assertAccessible(page, "center-news-year");

    page.navigate(url("/aikasanet/news"));
    assertThat(page.locator("html")).hasAttribute("data-site", "aikasanet");
    assertAccessible(page, "aikasanet-news-list");

    page.navigate(url("/"));
    assertThat(page.locator("#home-news-title")).hasText("お知らせ");
    assertThat(page.locator("section[aria-labelledby=home-news-title] .news-list__item"))
        .hasCount(5);
    assertThat(page.locator("section[aria-labelledby=home-center-news-title] .news-list__item"))
        .hasCount(5);
    assertAccessible(page, "supernet-home-news");

    page.navigate(url("/aikasanet/"));
    assertThat(page.locator("section[aria-labelledby=home-news-title] .news-list__item"))
        .hasCount(7);
    assertAccessible(page, "aikasanet-home-news");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void adminNewsScreensAreAccessible(int width) {
    Page page = newPage(width);
    loginAsAdmin(page);
    page.navigate(url("/admin/news"));
    assertThat(page.locator("th[aria-sort=descending]")).hasCount(1);
    assertAccessible(page, "admin-news-list");

    page.getByLabel("状態").selectOption("PENDING");
    page.getByRole(AriaRole.BUTTON, name("絞り込む")).click();
    assertThat(page.locator("tbody tr")).not().hasCount(0);
    page.locator("tbody td a").first().click();
    assertThat(page.locator("h1")).hasText("お知らせの編集");
    assertAccessible(page, "admin-news-edit");

    page.getByRole(AriaRole.BUTTON, name("差し戻す")).click();
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^エラー：お知らせの編集"));
    assertThat(page.locator(".error-summary")).containsText("差し戻しの理由を入力してください。");
    assertAccessible(page, "admin-news-send-back-error");

    page.navigate(url("/admin/news/new"));
    page.getByRole(AriaRole.BUTTON, name("下書きとして保存する")).click();
    assertThat(page.locator(".error-summary")).containsText("タイトルを入力してください。");
    assertAccessible(page, "admin-news-form-errors");
  }

  @Test
  void anEditorsItemIsSentBackFixedResubmittedPublishedAndShownOnTheSite() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String editor = "news-editor-" + suffix;
    String editorMail = editor + "@example.jp";
    staff.create(editor, "周南 太郎", editorMail, EDITOR_PASSWORD, StaffRole.EDITOR);
    String title = "市民活動入門講座のご案内 " + suffix;
    String fixedTitle = "市民活動入門講座（12月開催）のご案内 " + suffix;

    // the editor writes a draft and submits it
    Page page = newPage(DESKTOP);
    login(page, editor, EDITOR_PASSWORD);
    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("管理メニュー"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("お知らせ").setExact(true))
        .click();
    page.getByRole(AriaRole.LINK, name("新規作成")).click();
    page.getByLabel("タイトル").fill(title);
    page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("本文"))
        .fill("これから活動を始めたい方のための講座です。\n\n申し込みはセンターまで。");
    page.getByRole(AriaRole.BUTTON, name("下書きとして保存する")).click();
    assertThat(page.locator(".notice[data-variant=success]")).containsText("下書きとして保存しました");
    page.getByRole(AriaRole.BUTTON, name("審査を依頼する")).click();
    assertThat(page.locator(".notice[data-variant=success]")).hasText("審査を依頼しました。");
    assertThat(page.locator(".badge").first()).hasText("仮登録（審査中）");
    String editPath = page.url().substring(url("").length());
    logout(page);

    // the administrator sends it back with a reason
    loginAsAdmin(page);
    page.navigate(url("/admin/news?state=PENDING"));
    page.getByRole(AriaRole.LINK, name(title)).click();
    page.getByLabel("差し戻しの理由").fill("開催日と会場を書いてください。");
    page.getByRole(AriaRole.BUTTON, name("差し戻す")).click();
    assertThat(page.locator(".notice[data-variant=success]")).containsText("差し戻しました");
    logout(page);
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(editorMail) >= 1);

    // the editor sees the reason, fixes the item and submits it again
    login(page, editor, EDITOR_PASSWORD);
    page.navigate(url(editPath));
    assertThat(page.locator(".notice[data-variant=warning]")).containsText("開催日と会場を書いてください。");
    page.getByLabel("タイトル").fill(fixedTitle);
    page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("本文"))
        .fill("日時：12月13日（土）13時30分～\n会場：センター会議スペース\n\n申し込みはセンターまで。");
    page.getByRole(AriaRole.BUTTON, name("保存する")).click();
    assertThat(page.locator(".notice[data-variant=success]")).hasText("お知らせを保存しました。");
    page.getByRole(AriaRole.BUTTON, name("審査を依頼する")).click();
    assertThat(page.locator(".notice[data-variant=success]")).hasText("審査を依頼しました。");
    logout(page);

    // the administrator publishes it
    loginAsAdmin(page);
    page.navigate(url(editPath));
    Locator history = page.locator("section[aria-labelledby=review-history-title] tbody tr");
    assertThat(history).hasCount(4);
    page.getByRole(AriaRole.BUTTON, name("公開する")).click();
    assertThat(page.locator(".notice[data-variant=success]")).hasText("公開しました。");
    assertThat(history.first()).containsText("管理者");
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(editorMail) >= 2);

    // the public sees it on the list, its page and the home page
    Page visitor = open("/news", PHONE);
    visitor.getByRole(AriaRole.LINK, name(fixedTitle)).click();
    assertThat(visitor.locator("h1")).hasText(fixedTitle);
    assertThat(visitor.locator(".prose")).containsText("会場：センター会議スペース");
    visitor.navigate(url("/"));
    assertThat(
            visitor
                .locator("section[aria-labelledby=home-news-title]")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(fixedTitle)))
        .isVisible();
    assertThat(visitor.getByText(title, new Page.GetByTextOptions().setExact(true))).hasCount(0);
  }

  long mailsTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .count();
  }

  static String recipients(MimeMessage m) {
    try {
      return Arrays.toString(m.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }
}
