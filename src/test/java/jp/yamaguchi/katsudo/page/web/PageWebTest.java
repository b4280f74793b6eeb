package jp.yamaguchi.katsudo.page.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.page.Block;
import jp.yamaguchi.katsudo.page.PageEditing;
import jp.yamaguchi.katsudo.page.PageInput;
import jp.yamaguchi.katsudo.page.PagePublishing;
import jp.yamaguchi.katsudo.page.PageState;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

@IntegrationTest
class PageWebTest {

  @Autowired MockMvc mvc;
  @Autowired PageEditing editing;
  @Autowired PagePublishing publishing;
  @Autowired PageRepository repository;
  @Autowired MediaLibrary media;
  @Autowired jp.yamaguchi.katsudo.page.domain.PageHistory history;

  static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
  }

  /** The redirect's path, ignoring a query string added by the core form-error interceptor. */
  static ResultMatcher redirectedToPath(String regex) {
    return result ->
        assertThat(result.getResponse().getRedirectedUrl()).matches(regex + "(\\?.*)?");
  }

  private long page(
      Site site, Long parent, String slug, String title, boolean publish, Block... blocks) {
    long id =
        editing.create(
            site, new PageInput(parent, slug, title, "検索用の説明", NavArea.NONE, 10, List.of(blocks)));
    if (publish) publishing.publish(id);
    return id;
  }

  @Test
  void visitorsSeeThePublishedCopyRenderedAccessibly() throws Exception {
    MediaInfo pdf =
        media.store(
            "利用申込書.pdf",
            100,
            new ByteArrayResource(jp.yamaguchi.katsudo.media.TestFiles.pdf()),
            null,
            null);
    String slug = unique("guide");
    long id =
        page(
            Site.SUPERNET,
            null,
            slug,
            "利用の手引き",
            true,
            new Block.Heading(2, "開館時間"),
            new Block.Table(
                "開館時間の一覧", true, true, List.of(List.of("曜日", "時間"), List.of("火曜日～土曜日", "9時～21時"))),
            new Block.File(pdf.id(), "利用申込書"),
            new Block.Callout("warning", "ご注意", "<p>駐車場はありません。</p>"));
    page(Site.SUPERNET, id, "rooms", "会議室の案内", true, new Block.Heading(2, "会議室"));
    page(Site.SUPERNET, id, "secret", "未公開の子ページ", false, new Block.Heading(2, "秘密"));

    mvc.perform(get("/" + slug))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>利用の手引き | 県民活動スーパーネット</title>")))
        .andExpect(
            content().string(containsString("<meta name=\"description\" content=\"検索用の説明\">")))
        .andExpect(content().string(containsString("<h1 class=\"page-title\">利用の手引き</h1>")))
        .andExpect(content().string(containsString("<h2>開館時間</h2>")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"block-1-caption\">")))
        .andExpect(
            content().string(containsString("<caption id=\"block-1-caption\">開館時間の一覧</caption>")))
        .andExpect(content().string(containsString("<th scope=\"col\">曜日</th>")))
        .andExpect(content().string(containsString("<th scope=\"row\">火曜日～土曜日</th>")))
        .andExpect(
            content().string(containsString("<a href=\"" + pdf.url() + "\">利用申込書（PDF・1KB）</a>")))
        .andExpect(content().string(containsString("/media/" + pdf.token() + "/")))
        .andExpect(content().string(containsString("注意：</span>ご注意")))
        .andExpect(content().string(containsString("このページの内容")))
        .andExpect(content().string(containsString("会議室の案内")))
        .andExpect(content().string(not(containsString("未公開の子ページ"))));

    mvc.perform(get("/" + slug + "/rooms"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<a href=\"/" + slug + "\">利用の手引き</a>")));
    mvc.perform(get("/" + slug + "/"))
        .andExpect(status().isMovedPermanently())
        .andExpect(redirectedUrl("/" + slug));
  }

  @Test
  void draftsAndUnknownPathsAreAJapanese404() throws Exception {
    String slug = unique("draft");
    page(Site.AIKASANET, null, slug, "下書き", false, new Block.Heading(2, "下書き"));
    mvc.perform(get("/aikasanet/" + slug))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("お探しのページが見つかりません")))
        .andExpect(content().string(not(containsString("下書き</h1>"))));
    mvc.perform(get("/no-such-page-" + slug)).andExpect(status().isNotFound());
    mvc.perform(get("/a/b/c/d/e/f/g/h")).andExpect(status().isNotFound());
  }

  @Test
  void theCatchAllShadowsNothingElse() throws Exception {
    mvc.perform(get("/css/site.css")).andExpect(status().isOk());
    mvc.perform(get("/js/display.js")).andExpect(status().isOk());
    mvc.perform(get("/sitemap")).andExpect(status().isOk());
    mvc.perform(get("/aikasanet/")).andExpect(status().isOk());
    mvc.perform(get("/robots.txt")).andExpect(status().isOk());
    mvc.perform(get("/admin/pages"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/login"));
  }

  @Test
  void publishedPagesAreInTheSitemap() throws Exception {
    String slug = unique("mapped");
    page(Site.AIKASANET, null, slug, "サイトマップに載るページ", true, new Block.Heading(2, "a"));
    mvc.perform(get("/sitemap.xml"))
        .andExpect(
            content()
                .string(containsString("<loc>http://localhost:8080/aikasanet/" + slug + "</loc>")));
    mvc.perform(get("/aikasanet/sitemap"))
        .andExpect(content().string(containsString("サイトマップに載るページ")))
        .andExpect(content().string(containsString("サイトのご案内")));
  }

  @Test
  void theAdminNeedsAStaffLogin() throws Exception {
    long id =
        page(Site.SUPERNET, null, unique("locked"), "ログインが必要", false, new Block.Heading(2, "a"));
    mvc.perform(get("/admin/pages/" + id))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/login"));
    mvc.perform(post("/admin/pages/" + id + "/delete").with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/login"));
    assertThat(repository.findById(id)).isPresent();
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void anEditorSavesPublishesAndUnpublishes() throws Exception {
    String slug = unique("edit");
    long id = page(Site.SUPERNET, null, slug, "編集前", false, new Block.Heading(2, "古い見出し"));
    long version = repository.findById(id).orElseThrow().getVersion();
    mvc.perform(
            post("/admin/pages/" + id)
                .with(csrf())
                .param("action", "publish")
                .param("version", Long.toString(version))
                .param("parent", "top")
                .param("slug", slug)
                .param("title", "編集後のタイトル")
                .param("navArea", "NONE")
                .param("navOrder", "5")
                .param("metaDescription", "")
                .param("blocks[0].type", "heading")
                .param("blocks[0].level", "3")
                .param("blocks[0].text", "新しい見出し")
                .param("blocks[1].type", "text")
                .param("blocks[1].html", "<p onclick=\"x()\">本文です</p>"))
        .andExpect(status().isFound())
        .andExpect(redirectedToPath("/admin/pages/" + id));
    var saved = repository.findById(id).orElseThrow();
    assertThat(saved.getState()).isEqualTo(PageState.PUBLISHED);
    assertThat(saved.getUpdatedBy()).isEqualTo("editor");
    mvc.perform(get("/" + slug))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h3>新しい見出し</h3>")))
        .andExpect(content().string(containsString("<p>本文です</p>")));

    mvc.perform(get("/admin/pages/" + id))
        .andExpect(content().string(containsString("href=\"/admin/pages/" + id + "/unpublish\"")))
        .andExpect(
            content().string(not(containsString("action=\"/admin/pages/" + id + "/unpublish\""))));
    mvc.perform(get("/admin/pages/" + id + "/unpublish"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1 class=\"page-title\">このページを非公開にしますか</h1>")))
        .andExpect(content().string(containsString("「ページが見つかりません」と表示されます")))
        .andExpect(content().string(containsString("編集後のタイトル")))
        .andExpect(content().string(containsString(">非公開にする</button>")));
    mvc.perform(get("/" + slug)).andExpect(status().isOk());
    mvc.perform(post("/admin/pages/" + id + "/unpublish").with(csrf()))
        .andExpect(status().isFound());
    mvc.perform(get("/" + slug)).andExpect(status().isNotFound());
    mvc.perform(get("/admin/pages/" + id + "/unpublish"))
        .andExpect(status().isFound())
        .andExpect(redirectedToPath("/admin/pages/" + id));
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void theUnpublishConfirmationNamesChildrenThatStayPublic() throws Exception {
    String slug = unique("unpub-parent");
    long parent = page(Site.SUPERNET, null, slug, "非公開にする親", true, new Block.Heading(2, "a"));
    page(Site.SUPERNET, parent, "child", "公開のままの子", true, new Block.Heading(2, "b"));
    mvc.perform(get("/admin/pages/" + parent + "/unpublish"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公開されたままです")))
        .andExpect(content().string(containsString("公開のままの子")));
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void validationErrorsAreInJapaneseNextToTheFieldsAndKeepWhatWasTyped() throws Exception {
    long id =
        page(Site.SUPERNET, null, unique("invalid"), "元のタイトル", false, new Block.Heading(2, "a"));
    long version = repository.findById(id).orElseThrow().getVersion();
    mvc.perform(
            post("/admin/pages/" + id)
                .with(csrf())
                .param("action", "save")
                .param("version", Long.toString(version))
                .param("parent", "top")
                .param("slug", "Bad Slug")
                .param("title", "")
                .param("navArea", "SIDE")
                .param("navOrder", "-5")
                .param("blocks[0].type", "image")
                .param("blocks[0].mediaId", "")
                .param("blocks[0].alt", "")
                .param("blocks[0].caption", "入力したキャプション")
                .param("blocks[1].type", "table")
                .param("blocks[1].caption", "料金表")
                .param("blocks[1].headerRow", "true")
                .param("blocks[1].rows", "区分 | 料金"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：ページの編集：元のタイトル")))
        .andExpect(content().string(containsString("入力内容に問題があります")))
        .andExpect(content().string(containsString("ページのタイトルを入力してください。")))
        .andExpect(content().string(containsString("URLの名前は、半角の英小文字・数字・ハイフンで入力してください")))
        .andExpect(content().string(containsString("メニューでの順番は0〜9999の半角数字で入力してください。")))
        .andExpect(content().string(containsString("ブロック 1（画像）：画像を選んでください。")))
        .andExpect(content().string(containsString("ブロック 1（画像）：代替テキストを入力してください。")))
        .andExpect(content().string(containsString("ブロック 2（表）：表の中身を1行以上入力してください")))
        .andExpect(content().string(containsString("href=\"#blocks0.alt\"")))
        .andExpect(content().string(containsString("value=\"Bad Slug\"")))
        .andExpect(content().string(containsString("value=\"-5\"")))
        .andExpect(content().string(containsString("value=\"入力したキャプション\"")))
        .andExpect(content().string(containsString("区分 | 料金</textarea>")));
    assertThat(repository.findById(id).orElseThrow().getTitle()).isEqualTo("元のタイトル");
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void blocksAreAddedAndMovedWithoutJavaScriptOrSaving() throws Exception {
    long id =
        page(Site.SUPERNET, null, unique("blocks"), "ブロック編集", false, new Block.Heading(2, "一番目"));
    long version = repository.findById(id).orElseThrow().getVersion();
    mvc.perform(
            post("/admin/pages/" + id)
                .with(csrf())
                .param("action", "add")
                .param("newBlockType", "table")
                .param("version", Long.toString(version))
                .param("parent", "top")
                .param("slug", "typed-slug")
                .param("title", "入力中のタイトル")
                .param("navArea", "NONE")
                .param("navOrder", "1")
                .param("blocks[0].type", "heading")
                .param("blocks[0].level", "2")
                .param("blocks[0].text", "入力中の見出し"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"入力中のタイトル\"")))
        .andExpect(content().string(containsString("value=\"入力中の見出し\"")))
        .andExpect(content().string(containsString("ブロック 2：表</legend>")))
        .andExpect(content().string(containsString("ブロック 2（表）を追加しました。まだ保存されていません。")))
        .andExpect(content().string(containsString("id=\"block-1\" autofocus=\"autofocus\"")));
    mvc.perform(
            post("/admin/pages/" + id)
                .with(csrf())
                .param("action", "up-1")
                .param("version", Long.toString(version))
                .param("parent", "top")
                .param("slug", "typed-slug")
                .param("title", "入力中のタイトル")
                .param("navArea", "NONE")
                .param("navOrder", "1")
                .param("blocks[0].type", "heading")
                .param("blocks[0].level", "2")
                .param("blocks[0].text", "入力中の見出し")
                .param("blocks[1].type", "text")
                .param("blocks[1].html", "<p>二番目の本文</p>"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ブロック 1：本文</legend>")))
        .andExpect(content().string(containsString("ブロック 2：見出し</legend>")));
    assertThat(repository.findById(id).orElseThrow().getTitle()).isEqualTo("ブロック編集");
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void anEditorCreatesAPageForASite() throws Exception {
    String slug = unique("created");
    mvc.perform(get("/admin/pages/new").param("site", "AIKASANET"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("あいかさねっとのページを作成")));
    mvc.perform(
            post("/admin/pages/new")
                .param("site", "AIKASANET")
                .with(csrf())
                .param("action", "save")
                .param("parent", "top")
                .param("slug", slug)
                .param("title", "新しいページ")
                .param("navArea", "NONE")
                .param("navOrder", "0")
                .param("blocks[0].type", "heading")
                .param("blocks[0].level", "2")
                .param("blocks[0].text", "はじめに"))
        .andExpect(status().isFound());
    var created = repository.findBySiteAndPath(Site.AIKASANET, slug).orElseThrow();
    assertThat(created.getState()).isEqualTo(PageState.DRAFT);
    assertThat(created.getCreatedBy()).isEqualTo("editor");
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void thePreviewShowsTheDraftInThePublicLayoutAndIsNeverCached() throws Exception {
    String slug = unique("preview");
    long id =
        page(Site.AIKASANET, null, slug, "プレビューするページ", false, new Block.Heading(2, "下書きの見出し"));
    mvc.perform(get("/admin/pages/" + id + "/preview"))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(header().string("X-Robots-Tag", "noindex, nofollow"))
        .andExpect(content().string(containsString("data-site=\"aikasanet\"")))
        .andExpect(content().string(containsString("<title>プレビュー：プレビューするページ | あいかさねっと</title>")))
        .andExpect(content().string(containsString("まだ公開されていません")))
        .andExpect(content().string(containsString("<h2>下書きの見出し</h2>")));
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void revisionsListDiffAndRestoreAfterConfirmation() throws Exception {
    String slug = unique("revs");
    long id = page(Site.SUPERNET, null, slug, "最初の題", true, new Block.Text("<p>古い文章</p>"));
    editing.update(
        id,
        repository.findById(id).orElseThrow().getVersion(),
        new PageInput(
            null, slug, "次の題", null, NavArea.NONE, 10, List.of(new Block.Text("<p>新しい文章</p>"))));
    mvc.perform(get("/admin/pages/" + id + "/revisions"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("作成")))
        .andExpect(content().string(containsString("公開")))
        .andExpect(content().string(containsString("更新")))
        .andExpect(content().string(containsString("editor")));
    var list = history.revisions(id, org.springframework.data.domain.PageRequest.of(0, 20));
    long latest = list.getContent().get(0).number();
    long first = list.getContent().get(2).number();
    mvc.perform(get("/admin/pages/" + id + "/revisions/" + latest))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("−削除：</span>タイトル：最初の題")))
        .andExpect(content().string(containsString("＋追加：</span>タイトル：次の題")))
        .andExpect(content().string(containsString("追加 2行・削除 3行")));
    mvc.perform(get("/admin/pages/" + id + "/revisions/" + first).param("with", "current"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("版 " + first + " と 現在の内容 の比較")));
    mvc.perform(get("/admin/pages/" + id + "/revisions/" + first + "/restore"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("版 " + first + " の内容に戻しますか")));
    assertThat(repository.findById(id).orElseThrow().getTitle()).isEqualTo("次の題");
    long shownVersion = repository.findById(id).orElseThrow().getVersion();
    editing.update(
        id,
        shownVersion,
        new PageInput(
            null, slug, "別の人の題", null, NavArea.NONE, 10, List.of(new Block.Text("<p>新しい文章</p>"))));
    mvc.perform(
            post("/admin/pages/" + id + "/revisions/" + first + "/restore")
                .with(csrf())
                .param("version", Long.toString(shownVersion)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("別の人がこのページを保存しました")))
        .andExpect(content().string(containsString("タイトル：別の人の題")));
    assertThat(repository.findById(id).orElseThrow().getTitle()).isEqualTo("別の人の題");
    mvc.perform(
            post("/admin/pages/" + id + "/revisions/" + first + "/restore")
                .with(csrf())
                .param(
                    "version", Long.toString(repository.findById(id).orElseThrow().getVersion())))
        .andExpect(status().isFound());
    var restored = repository.findById(id).orElseThrow();
    assertThat(restored.getTitle()).isEqualTo("最初の題");
    assertThat(restored.getState()).isEqualTo(PageState.PUBLISHED);
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void deletionIsConfirmedAndRefusedForAPageWithChildren() throws Exception {
    long parent = page(Site.SUPERNET, null, unique("del"), "消す親", false, new Block.Heading(2, "a"));
    long child = page(Site.SUPERNET, parent, "child", "残る子", false, new Block.Heading(2, "a"));
    mvc.perform(get("/admin/pages/" + parent + "/delete"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("「消す親」を削除しますか")))
        .andExpect(content().string(containsString("削除できません")))
        .andExpect(content().string(not(containsString(">削除する</button>"))));
    mvc.perform(post("/admin/pages/" + parent + "/delete").with(csrf()))
        .andExpect(status().isFound());
    assertThat(repository.findById(parent)).isPresent();
    mvc.perform(post("/admin/pages/" + child + "/delete").with(csrf()))
        .andExpect(redirectedToPath("/admin/pages"));
    mvc.perform(post("/admin/pages/" + parent + "/delete").with(csrf()))
        .andExpect(redirectedToPath("/admin/pages"));
    assertThat(repository.findById(parent)).isEmpty();
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void theListFiltersSortsAndMarksTheSortedColumn() throws Exception {
    String word = unique("listed");
    page(Site.AIKASANET, null, word + "-b", "一覧B " + word, true, new Block.Heading(2, "a"));
    page(Site.AIKASANET, null, word + "-a", "一覧A " + word, false, new Block.Heading(2, "a"));
    String html =
        mvc.perform(
                get("/admin/pages").param("q", word).param("sort", "title").param("dir", "desc"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("aria-sort=\"descending\"")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html.indexOf("一覧B")).isLessThan(html.indexOf("一覧A"));
    assertThat(html)
        .contains(
            "<a class=\"sort-link\" href=\"/admin/pages?q="
                + word
                + "&amp;sort=title&amp;dir=asc\">")
        .contains("<option value=\"\" selected=\"selected\">すべて</option>");
    mvc.perform(get("/admin/pages").param("q", word).param("state", "DRAFT"))
        .andExpect(content().string(containsString("一覧A")))
        .andExpect(content().string(not(containsString("一覧B"))))
        .andExpect(
            content().string(containsString("<option value=\"DRAFT\" selected=\"selected\">")));
    mvc.perform(get("/admin/pages").param("q", word).param("state", "NOPE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("一覧A")))
        .andExpect(content().string(containsString("一覧B")));
    String chooser =
        mvc.perform(get("/admin/pages/new"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(chooser)
        .contains("<legend class=\"fieldset__legend form-field__label\">")
        .containsPattern("value=\"SUPERNET\"\\s+id=\"site\" name=\"site\" checked=\"checked\"")
        .containsPattern("value=\"AIKASANET\"\\s+id=\"site2\" name=\"site\">");
  }

  @Test
  void aMovedPublishedPageKeepsItsOldUrlWorking() throws Exception {
    String before = unique("before");
    String after = unique("after");
    long id = page(Site.SUPERNET, null, before, "移動するページ", true, new Block.Heading(2, "a"));
    page(Site.SUPERNET, id, "child", "一緒に移動する子", true, new Block.Heading(2, "b"));
    editing.update(
        id,
        repository.findById(id).orElseThrow().getVersion(),
        new PageInput(
            null, after, "移動するページ", null, NavArea.NONE, 10, List.of(new Block.Heading(2, "a"))));
    mvc.perform(get("/" + after)).andExpect(status().isOk());
    mvc.perform(get("/" + before))
        .andExpect(status().isMovedPermanently())
        .andExpect(redirectedUrl("/" + after));
    mvc.perform(get("/" + before + "/child"))
        .andExpect(status().isMovedPermanently())
        .andExpect(redirectedUrl("/" + after + "/child"));
  }

  @Autowired PageRendering rendering;
  @Autowired jp.yamaguchi.katsudo.page.Pages pages;
  @Autowired jakarta.persistence.EntityManagerFactory entityManagerFactory;

  @Test
  void aDeepPageWithManyFilesIsReadInAFixedNumberOfQueries() throws Exception {
    String top = unique("deep");
    Long parent = null;
    String path = "";
    for (String slug : List.of(top, "b", "c", "d")) {
      parent = page(Site.SUPERNET, parent, slug, "階層 " + slug, true, new Block.Heading(2, "a"));
      path = path.isEmpty() ? slug : path + "/" + slug;
    }
    List<Block> images = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      MediaInfo m =
          media.store(
              "photo" + i + ".png",
              100,
              new ByteArrayResource(jp.yamaguchi.katsudo.media.TestFiles.png()),
              "写真" + i,
              null);
      images.add(new Block.Image(m.id(), "写真" + i, null));
    }
    page(Site.SUPERNET, parent, "e", "一番下", true, images.toArray(Block[]::new));

    var statistics =
        entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
    boolean enabled = statistics.isStatisticsEnabled();
    statistics.setStatisticsEnabled(true);
    try {
      statistics.clear();
      var view = pages.published(Site.SUPERNET, path + "/e").orElseThrow();
      assertThat(view.ancestors()).hasSize(4);
      assertThat(statistics.getPrepareStatementCount())
          .as("page, ancestors, children")
          .isEqualTo(3);
      statistics.clear();
      assertThat(rendering.mediaOf(view.blocks())).hasSize(4);
      assertThat(statistics.getPrepareStatementCount()).as("the files of all blocks").isEqualTo(1);
    } finally {
      statistics.setStatisticsEnabled(enabled);
    }
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void theEditorRendersEverySelectOnce() throws Exception {
    long id =
        page(
            Site.SUPERNET,
            null,
            unique("selects"),
            "選択肢の数",
            false,
            new Block.Heading(2, "見出し"),
            new Block.Callout("info", null, "<p>本文</p>"));
    String html =
        mvc.perform(get("/admin/pages/" + id)).andReturn().getResponse().getContentAsString();
    for (String name : List.of("parent", "newBlockType", "blocks[0].level", "blocks[1].variant")) {
      assertThat(html.split("name=\"" + java.util.regex.Pattern.quote(name) + "\"", -1))
          .as(name)
          .hasSize(2);
    }
    assertThat(html).doesNotContain("すべて</option>");
  }
}
