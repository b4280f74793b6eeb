package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsContent;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10, item 5, as staff use it: the rich-text editor by keyboard alone (labelled toolbar, one
 * Tab stop, no keyboard trap), text that reopens as typed, the warning before a workflow button
 * drops unsaved edits, the decision after the content, staff names instead of ids, and the same
 * form without JavaScript.
 */
class RichTextEditorBrowserTest extends BrowserTest {

  @Autowired NewsEditing news;

  static Page.GetByRoleOptions name(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  NewsItem draft(String title, String body) {
    return news.create(
        new NewsContent(Site.SUPERNET, NewsKind.NEWS, title, body, LocalDate.now(clock)), ADMIN);
  }

  Locator editor(Page page) {
    return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("本文"));
  }

  Locator toolbarButton(Page page, String label) {
    return page.getByRole(AriaRole.TOOLBAR, new Page.GetByRoleOptions().setName("「本文」の書式"))
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(label).setExact(true));
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void theEditorIsUsedByKeyboardAloneAndSavesReadableText(int width) {
    String title = "全角の本文 " + UUID.randomUUID().toString().substring(0, 6);
    NewsItem item = draft(title, "1月4日（月）から受付します。");
    Page page = newPage(width);
    loginAsAdmin(page);
    page.navigate(url("/admin/news/" + item.getId()));

    // the stored text shows as text: no character codes, no HTML, the textarea is replaced
    Locator editor = editor(page);
    assertThat(editor).isVisible();
    assertThat(editor).hasText("1月4日（月）から受付します。");
    assertThat(page.locator("textarea[name=body]")).isHidden();
    assertThat(page.locator("body")).not().containsText("&#x");
    assertThat(page.locator("body")).not().containsText("<p>");
    assertThat(editor)
        .hasAttribute("aria-describedby", java.util.regex.Pattern.compile("body-hint"));
    assertAccessible(page, "rich-text-editor");

    // a new paragraph with a link by Ctrl+K: a labelled address field, refused when unsafe;
    // Enter in it sets the link (and never submits the form)
    editor.focus();
    page.keyboard().press("Control+End");
    page.keyboard().press("Enter");
    page.keyboard().type("詳しくはこちら");
    page.keyboard().press("Shift+Home");
    page.keyboard().press("Control+k");
    Locator address = page.getByLabel("リンク先のアドレス");
    assertThat(address).isFocused();
    address.pressSequentially("javascript:alert(1)");
    page.keyboard().press("Enter");
    assertThat(page.locator("[data-link-error]")).isVisible();
    assertThat(address).hasAttribute("aria-invalid", "true");
    address.fill("https://example.jp/guide");
    page.keyboard().press("Enter");
    assertThat(editor.locator("a[href='https://example.jp/guide']")).hasText("詳しくはこちら");

    // another paragraph, selected and made bold from the toolbar: Shift+Tab reaches the toolbar
    // (one Tab stop), the arrow keys move between its buttons, Enter presses one
    page.keyboard().press("End");
    page.keyboard().press("Enter");
    page.keyboard().type("会場：センター（2階）");
    page.keyboard().press("Shift+Home");
    page.keyboard().press("Shift+Tab");
    assertThat(toolbarButton(page, "本文")).isFocused();
    for (int i = 0; i < 4; i++) page.keyboard().press("ArrowRight");
    assertThat(toolbarButton(page, "太字")).isFocused();
    page.keyboard().press("Enter");
    assertThat(toolbarButton(page, "太字")).hasAttribute("aria-pressed", "true");
    assertThat(editor.locator("strong")).hasText("会場：センター（2階）");
    assertAccessible(page, "rich-text-editor-formatted");

    // Tab leaves the editor (no keyboard trap) for the save button, which saves
    editor.focus();
    page.keyboard().press("Tab");
    Locator save = page.getByRole(AriaRole.BUTTON, name("保存する"));
    assertThat(save).isFocused();
    page.keyboard().press("Enter");
    assertThat(page.locator(".notice[data-variant=success]")).containsText("保存しました");

    String body = news.get(item.getId()).getBody();
    assertThat(body)
        .startsWith("<p>1月4日（月）から受付します。</p>")
        .contains("<strong>会場：センター（2階）</strong>")
        .contains("href=\"https://example.jp/guide\"", ">詳しくはこちら</a>")
        .doesNotContain("&#x", "javascript");
    assertThat(editor(page).locator("strong")).hasText("会場：センター（2階）");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void aWorkflowButtonWarnsBeforeDroppingUnsavedEditsAndComesAfterTheContent(int width) {
    String title = "未保存の確認 " + UUID.randomUUID().toString().substring(0, 6);
    NewsItem item = draft(title, "最初の本文です。");
    Page page = newPage(width);
    loginAsAdmin(page);
    page.navigate(url("/admin/news/" + item.getId()));

    // the decision (審査と公開) follows the content it is about
    Boolean decisionAfterContent =
        (Boolean)
            page.evaluate(
                "() => !!(document.getElementById('news-form-title').compareDocumentPosition("
                    + "document.getElementById('review-actions-title'))"
                    + " & Node.DOCUMENT_POSITION_FOLLOWING)");
    assertThat(decisionAfterContent).isTrue();
    // and names are staff names, never login ids
    Locator summary = page.locator("section[aria-labelledby=news-summary-title]");
    assertThat(summary).containsText("管理者");
    assertThat(summary).not().containsText(ADMIN);
    assertThat(page.locator("section[aria-labelledby=review-history-title]")).containsText("管理者");

    // an edit, then 公開する: the dialog asks first; 「戻って保存する」 keeps the edit and goes to 保存する
    editor(page).focus();
    page.keyboard().press("Control+End");
    page.keyboard().type("追記しました。");
    page.getByRole(AriaRole.BUTTON, name("公開する")).click();
    Locator dialog =
        page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("保存していない変更があります"));
    assertThat(dialog).isVisible();
    assertThat(dialog).containsText("押したボタン：公開する");
    Locator back =
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("戻って保存する"));
    assertThat(back).isFocused();
    assertAccessible(page, "unsaved-dialog");
    page.keyboard().press("Enter");
    assertThat(dialog).isHidden();
    assertThat(page.getByRole(AriaRole.BUTTON, name("保存する"))).isFocused();
    assertThat(news.get(item.getId()).review().state()).isEqualTo(ReviewState.DRAFT);
    assertThat(editor(page)).containsText("追記しました。");

    // Escape also keeps the edit; 「保存せずに続ける」 publishes the saved text
    page.getByRole(AriaRole.BUTTON, name("公開する")).click();
    assertThat(dialog).isVisible();
    page.keyboard().press("Escape");
    assertThat(dialog).isHidden();
    assertThat(news.get(item.getId()).review().state()).isEqualTo(ReviewState.DRAFT);
    page.getByRole(AriaRole.BUTTON, name("公開する")).click();
    dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存せずに続ける")).click();
    assertThat(page.locator(".notice[data-variant=success]")).hasText("公開しました。");
    assertThat(news.get(item.getId()).getBody()).doesNotContain("追記しました。");

    // saved edits never ask
    editor(page).focus();
    page.keyboard().press("Control+End");
    page.keyboard().type("二度目の追記。");
    page.getByRole(AriaRole.BUTTON, name("保存する")).click();
    assertThat(page.locator(".notice[data-variant=success]")).containsText("保存しました");
    page.getByRole(AriaRole.BUTTON, name("非公開にする")).click();
    assertThat(page.locator(".notice[data-variant=success]")).isVisible();
    assertThat(news.get(item.getId()).review().isPublic()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void withoutJavaScriptTheBodyIsPlainTextAndSaves(int width) {
    String title = "スクリプトなし " + UUID.randomUUID().toString().substring(0, 6);
    NewsItem item = draft(title, "1月4日（月）から\n受付します。");
    Page page = newPageWithoutJavaScript(width);
    loginAsAdmin(page);
    page.navigate(url("/admin/news/" + item.getId()));
    Locator body = page.locator("textarea[name=body]");
    assertThat(body).isVisible();
    assertThat(body).hasValue("1月4日（月）から\n受付します。");
    assertThat(page.getByRole(AriaRole.TOOLBAR)).hasCount(0);
    // (axe needs JavaScript in the page: the same markup is checked with it in the tests above)
    page.screenshot(
        new Page.ScreenshotOptions()
            .setFullPage(true)
            .setPath(SCREENSHOTS.resolve("rich-text-no-js-" + width + ".png")));
    body.fill("1月4日（月）から\n受付します。\n\n会場：センター");
    page.getByRole(AriaRole.BUTTON, name("保存する")).click();
    assertThat(page.locator(".notice[data-variant=success]")).containsText("保存しました");
    assertThat(news.get(item.getId()).getBody())
        .isEqualTo("<p>1月4日（月）から<br />受付します。</p><p>会場：センター</p>");
    assertThat(page.locator("textarea[name=body]")).hasValue("1月4日（月）から\n受付します。\n\n会場：センター");
  }
}
