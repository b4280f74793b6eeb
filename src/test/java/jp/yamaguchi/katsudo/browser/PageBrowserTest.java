package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.media.TestFiles;
import jp.yamaguchi.katsudo.page.Block;
import jp.yamaguchi.katsudo.page.PageEditing;
import jp.yamaguchi.katsudo.page.PageInput;
import jp.yamaguchi.katsudo.page.PagePublishing;
import jp.yamaguchi.katsudo.page.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/** Fixed pages and the media library as staff and visitors use them: axe and keyboard only. */
class PageBrowserTest extends BrowserTest {

  @Autowired PageEditing editing;
  @Autowired PagePublishing publishing;
  @Autowired Pages pages;
  @Autowired MediaLibrary media;

  private static Long sampleId;

  /** A published page with every block type, edited once (so it has a diff to show). */
  private synchronized long sample() {
    if (sampleId != null) return sampleId;
    MediaInfo photo =
        media.store(
            "entrance.png",
            100,
            new ByteArrayResource(TestFiles.png()),
            "センターの入口。自動ドアの横にスロープがあります",
            "センターの入口");
    MediaInfo form =
        media.store("申込書.pdf", 100, new ByteArrayResource(TestFiles.pdf()), null, "利用申込書");
    List<Block> blocks =
        List.of(
            new Block.Heading(2, "ご利用の流れ"),
            new Block.Text("<p>はじめに<a href=\"/center\">センターの案内</a>をご覧ください。</p>"),
            new Block.Image(photo.id(), "センターの入口。自動ドアの横にスロープがあります", "入口の様子"),
            new Block.File(form.id(), "利用申込書"),
            new Block.Table(
                "利用料金",
                true,
                true,
                List.of(
                    List.of("設備", "料金", "備考"),
                    List.of("会議スペース", "無料", "予約が必要です"),
                    List.of("印刷機", "1枚1円", "用紙は持ち込み"))),
            new Block.Callout("warning", "ご注意", "<p>駐車場はありません。</p>"));
    long id =
        editing.create(
            Site.SUPERNET,
            new PageInput(null, "browser-sample", "ブラウザーテストのページ", "説明", NavArea.NONE, 0, blocks));
    publishing.publish(id);
    editing.update(
        id,
        versionOf(id),
        new PageInput(
            null,
            "browser-sample",
            "ブラウザーテストのページ（改訂）",
            "説明",
            NavArea.NONE,
            0,
            blocks.subList(0, 5)));
    publishing.publish(id);
    sampleId = id;
    return id;
  }

  @Autowired jp.yamaguchi.katsudo.page.domain.PageRepository repository;

  private long versionOf(long id) {
    return repository.findById(id).orElseThrow().getVersion();
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void publicFixedPagesAreAccessible(int width) {
    sample();
    Page page = open("/center", width);
    assertThat(page.locator("h1")).hasText("センターの案内");
    assertThat(page.locator(".table-scroll table caption").first()).isVisible();
    assertAccessible(page, "page-center");
    page.navigate(url("/browser-sample"));
    assertThat(page.locator("figure img")).isVisible();
    assertAccessible(page, "page-sample");
    page.navigate(url("/aikasanet/guide"));
    assertAccessible(page, "page-aikasanet-guide");
    page.navigate(url("/contact"));
    assertThat(page.locator("h1")).hasText("お問い合わせ");
    assertThat(page.locator("footer a[href='/contact']")).isVisible();
    assertAccessible(page, "page-contact");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void adminPageScreensAreAccessible(int width) {
    long id = sample();
    Page page = newPage(width);
    loginAsAdmin(page);
    page.navigate(url("/admin/pages"));
    assertThat(page.locator("h1")).hasText("固定ページ");
    assertAccessible(page, "admin-pages");
    page.navigate(url("/admin/pages/" + id));
    assertThat(page.locator(".block-editor legend").first()).containsText("ブロック 1：見出し");
    assertAccessible(page, "admin-page-editor");
    page.navigate(url("/admin/pages/" + id + "/revisions"));
    assertAccessible(page, "admin-page-revisions");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("前の版と比較").setExact(false))
        .nth(1)
        .click();
    assertThat(page.locator(".diff")).isVisible();
    assertThat(page.locator(".diff del").first()).containsText("削除");
    assertAccessible(page, "admin-page-diff");
    page.navigate(url("/admin/pages/" + id + "/preview"));
    assertAccessible(page, "admin-page-preview");
    page.navigate(url("/admin/pages/" + id));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("非公開にする")).click();
    assertThat(page.locator("h1")).hasText("このページを非公開にしますか");
    assertAccessible(page, "admin-page-unpublish");
    page.navigate(url("/admin/pages/new"));
    assertThat(page.getByLabel("県民活動スーパーネット")).isChecked();
    assertAccessible(page, "admin-page-new");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void mediaLibraryIsAccessible(int width) {
    sample();
    Page page = newPage(width);
    loginAsAdmin(page);
    page.navigate(url("/admin/media"));
    assertThat(page.locator("table img").first()).isVisible();
    String src = page.locator("table img").first().getAttribute("src");
    assertThat(src)
        .matches("/media/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.+");
    assertAccessible(page, "admin-media");
    page.getByLabel("種類").selectOption("IMAGE");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("絞り込む")).click();
    assertThat(page.getByLabel("種類")).hasValue("IMAGE");
    assertAccessible(page, "admin-media-filtered");
    page.navigate(url("/admin/media/new"));
    page.getByLabel("ファイル")
        .setInputFiles(new FilePayload("photo.png", "image/png", TestFiles.png()));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録する")).click();
    assertThat(page.locator(".error-summary")).containsText("画像の代替テキストを入力してください。");
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^エラー：ファイルの登録"));
    assertAccessible(page, "admin-media-upload-error");
  }

  /** Presses Tab until the element has focus: proves it is reachable by keyboard. */
  private void tabTo(Page page, Locator target) {
    for (int i = 0; i < 400; i++) {
      page.keyboard().press("Tab");
      if ((Boolean) target.evaluate("el => el === document.activeElement")) return;
    }
    throw new AssertionError("not reachable with Tab: " + target);
  }

  @Test
  void aPageIsEditedPreviewedAndPublishedWithTheKeyboardOnly() {
    long id =
        editing.create(
            Site.AIKASANET,
            new PageInput(
                null,
                "keyboard-page",
                "キーボードのページ",
                null,
                NavArea.NONE,
                0,
                List.of(new Block.Text("<p>最初の本文です。</p>"))));
    publishing.publish(id);

    Page page = newPage(DESKTOP);
    page.navigate(url("/admin/login"));
    tabTo(page, page.getByLabel("ログインID"));
    page.keyboard().type(ADMIN);
    tabTo(page, page.getByLabel("パスワード"));
    page.keyboard().type(ADMIN_PASSWORD);
    page.keyboard().press("Enter");
    page.waitForURL(url("/admin/"));

    page.navigate(url("/admin/pages/" + id));
    Locator title = page.getByLabel("ページのタイトル");
    tabTo(page, title);
    page.keyboard().press("Control+A");
    page.keyboard().type("キーボードで編集したページ");

    Locator type = page.getByLabel("追加するブロックの種類");
    tabTo(page, type);
    for (int i = 0; i < 10 && !"heading".equals(type.inputValue()); i++) {
      page.keyboard().press("ArrowUp");
    }
    assertThat(type.inputValue()).isEqualTo("heading");
    tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ブロックを追加")));
    page.keyboard().press("Enter");
    page.waitForLoadState();

    assertThat(page.locator(".notice[role=status]")).containsText("ブロック 2（見出し）を追加しました");
    assertThat(page.evaluate("document.activeElement.id")).isEqualTo("block-1");
    assertThat(page.getByLabel("ページのタイトル")).hasValue("キーボードで編集したページ");
    Locator heading = page.locator("#blocks1\\.text");
    tabTo(page, heading);
    page.keyboard().type("キーボードで追加した見出し");

    Locator preview =
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("プレビュー")).last();
    tabTo(page, preview);
    page.keyboard().press("Enter");
    page.waitForURL(java.util.regex.Pattern.compile(".*/admin/pages/" + id + "/preview(\\?.*)?$"));
    assertThat(page.locator(".notice")).containsText("まだ公開されていません");
    assertThat(page.locator("h1")).hasText("キーボードで編集したページ");
    assertThat(page.locator("main h2")).containsText("キーボードで追加した見出し");

    Page visitor = sameContextPage();
    visitor.navigate(url("/aikasanet/keyboard-page"));
    assertThat(visitor.locator("h1")).hasText("キーボードのページ");
    visitor.close();

    tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("編集画面に戻る")));
    page.keyboard().press("Enter");
    page.waitForURL(java.util.regex.Pattern.compile(".*/admin/pages/" + id + "(\\?.*)?$"));
    Locator publish =
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("公開").setExact(true))
            .first();
    tabTo(page, publish);
    page.keyboard().press("Enter");
    page.waitForLoadState();
    assertThat(page.locator(".notice[data-variant=success]")).containsText("公開しました。");

    page.navigate(url("/aikasanet/keyboard-page"));
    assertThat(page.locator("h1")).hasText("キーボードで編集したページ");
    assertThat(page.locator("main h2")).containsText("キーボードで追加した見出し");
    assertAccessible(page, "page-keyboard-published");
  }
}
