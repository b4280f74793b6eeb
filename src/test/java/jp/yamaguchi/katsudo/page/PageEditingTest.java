package jp.yamaguchi.katsudo.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.nav.Navigation;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.page.domain.PageDiff;
import jp.yamaguchi.katsudo.page.domain.PageHistory;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import jp.yamaguchi.katsudo.page.domain.PageRevision;
import jp.yamaguchi.katsudo.page.domain.PageText;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "page-editor", roles = "EDITOR")
class PageEditingTest {

  @Autowired ApplicationEvents events;
  @Autowired JdbcTemplate jdbc;

  @Autowired PageEditing editing;
  @Autowired PagePublishing publishing;
  @Autowired Pages pages;
  @Autowired PageRepository repository;
  @Autowired PageHistory history;
  @Autowired PageText text;
  @Autowired Navigation navigation;

  static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
  }

  static PageInput input(String slug, String title, Block... blocks) {
    return new PageInput(null, slug, title, "説明文", NavArea.NONE, 10, List.of(blocks));
  }

  @Test
  void aNewPageIsADraftThatVisitorsDoNotSee() {
    String slug = unique("draft");
    long id = editing.create(Site.SUPERNET, input(slug, "下書きのページ", new Block.Text("<p>本文</p>")));
    assertThat(repository.findById(id).orElseThrow().getState()).isEqualTo(PageState.DRAFT);
    assertThat(pages.published(Site.SUPERNET, slug)).isEmpty();
    assertThat(pages.preview(id).title()).isEqualTo("下書きのページ");
  }

  @Test
  void visitorsSeeThePublishedCopyWhileStaffEditTheDraft() {
    String slug = unique("published");
    long id = editing.create(Site.AIKASANET, input(slug, "公開前", new Block.Text("<p>最初の本文</p>")));
    publishing.publish(id);
    var page = repository.findById(id).orElseThrow();
    assertThat(page.getState()).isEqualTo(PageState.PUBLISHED);
    assertThat(page.getPublishedBy()).isEqualTo("page-editor");
    assertThat(page.getPublishedAt()).isNotNull();

    editing.update(id, page.getVersion(), input(slug, "編集中", new Block.Text("<p>新しい本文</p>")));
    assertThat(repository.findById(id).orElseThrow().getState()).isEqualTo(PageState.CHANGED);
    PageView seen = pages.published(Site.AIKASANET, slug).orElseThrow();
    assertThat(seen.title()).isEqualTo("公開前");
    assertThat(seen.blocks()).containsExactly(new Block.Text("<p>最初の本文</p>"));
    assertThat(seen.href()).isEqualTo("/aikasanet/" + slug);

    publishing.publish(id);
    assertThat(pages.published(Site.AIKASANET, slug).orElseThrow().title()).isEqualTo("編集中");

    publishing.unpublish(id);
    assertThat(repository.findById(id).orElseThrow().getState()).isEqualTo(PageState.UNPUBLISHED);
    assertThat(pages.published(Site.AIKASANET, slug)).isEmpty();
  }

  @Test
  void savingTheSameContentAsPublishedIsNotAPendingChange() {
    String slug = unique("same");
    PageInput in = input(slug, "同じ内容", new Block.Heading(2, "見出し"));
    long id = editing.create(Site.SUPERNET, in);
    publishing.publish(id);
    editing.update(id, repository.findById(id).orElseThrow().getVersion(), in);
    assertThat(repository.findById(id).orElseThrow().getState()).isEqualTo(PageState.PUBLISHED);
  }

  @Test
  void richTextIsSanitizedOnSave() {
    String slug = unique("xss");
    long id =
        editing.create(
            Site.SUPERNET,
            input(
                slug,
                "安全なページ",
                new Block.Text(
                    "<p onclick=\"steal()\">こんにちは<script>alert(1)</script>"
                        + "<a href=\"javascript:alert(2)\">リンク</a>"
                        + "<a href=\"/center\">センター</a></p>"),
                new Block.Callout(
                    "warning", "注意", "<p style=\"color:red\">注意<iframe src=x></iframe></p>")));
    List<Block> blocks = repository.findById(id).orElseThrow().blocks();
    String html = ((Block.Text) blocks.get(0)).html();
    assertThat(html)
        .doesNotContain("<script", "onclick", "javascript:", "alert(1)")
        .contains("こんにちは", "<a href=\"/center\"", "センター");
    String callout = ((Block.Callout) blocks.get(1)).html();
    assertThat(callout).doesNotContain("style", "iframe").contains("注意");
  }

  @Test
  void blocksAreCheckedWithAProblemPerField() {
    assertThatThrownBy(
            () ->
                editing.create(
                    Site.SUPERNET,
                    input(
                        "Bad Slug!",
                        " ",
                        new Block.Heading(5, ""),
                        new Block.Text("<script>x</script>"),
                        new Block.Image(null, " ", null),
                        new Block.File(999_999_999L, "資料"),
                        new Block.Table("表", true, false, List.of(List.of("見出し"))),
                        new Block.Callout("danger", null, "<p>本文</p>"))))
        .isInstanceOfSatisfying(
            PageInvalidException.class,
            e ->
                assertThat(e.problems())
                    .extracting(PageProblem::field, PageProblem::messageId)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("title", "e.page.title.required"),
                        org.assertj.core.groups.Tuple.tuple("slug", "e.page.slug.pattern"),
                        org.assertj.core.groups.Tuple.tuple(
                            "blocks[0].level", "e.page.block.heading.level"),
                        org.assertj.core.groups.Tuple.tuple(
                            "blocks[0].text", "e.page.block.heading.text.required"),
                        org.assertj.core.groups.Tuple.tuple(
                            "blocks[1].html", "e.page.block.text.html.required"),
                        org.assertj.core.groups.Tuple.tuple(
                            "blocks[2].mediaId", "e.page.block.image.media.required"),
                        org.assertj.core.groups.Tuple.tuple(
                            "blocks[2].alt", "e.page.block.image.alt.required"),
                        org.assertj.core.groups.Tuple.tuple(
                            "blocks[3].mediaId", "e.page.block.media.missing"),
                        org.assertj.core.groups.Tuple.tuple(
                            "blocks[4].rows", "e.page.block.table.rows.required"),
                        org.assertj.core.groups.Tuple.tuple(
                            "blocks[5].variant", "e.page.block.callout.variant")));
  }

  @Test
  void pathsAreUniquePerSiteAndReservedPathsAreRefused() {
    String slug = unique("same-path");
    editing.create(Site.SUPERNET, input(slug, "一つ目", new Block.Heading(2, "a")));
    editing.create(Site.AIKASANET, input(slug, "別サイトなら同じ名前でよい", new Block.Heading(2, "a")));
    assertThatThrownBy(
            () -> editing.create(Site.SUPERNET, input(slug, "二つ目", new Block.Heading(2, "a"))))
        .isInstanceOfSatisfying(
            PageInvalidException.class,
            e ->
                assertThat(e.problems())
                    .extracting(PageProblem::messageId)
                    .containsExactly("e.page.slug.duplicate"));
    for (String reserved : List.of("admin", "aikasanet", "media", "css", "sitemap")) {
      assertThatThrownBy(
              () ->
                  editing.create(Site.SUPERNET, input(reserved, "予約済み", new Block.Heading(2, "a"))))
          .isInstanceOfSatisfying(
              PageInvalidException.class,
              e ->
                  assertThat(e.problems())
                      .extracting(PageProblem::messageId)
                      .containsExactly("e.page.slug.reserved"));
    }
  }

  @Test
  void childrenFollowTheirParentsPathAndBlockItsDeletion() {
    String top = unique("parent");
    long parent = editing.create(Site.SUPERNET, input(top, "親", new Block.Heading(2, "親")));
    long child =
        editing.create(
            Site.SUPERNET,
            new PageInput(
                parent, "child", "子", null, NavArea.NONE, 0, List.of(new Block.Heading(2, "子"))));
    assertThat(repository.findById(child).orElseThrow().getPath()).isEqualTo(top + "/child");

    assertThatThrownBy(() -> editing.delete(parent))
        .isInstanceOf(BusinessException.class)
        .hasMessage("e.page.delete.hasChildren");

    String moved = unique("moved");
    editing.update(
        parent,
        repository.findById(parent).orElseThrow().getVersion(),
        input(moved, "親", new Block.Heading(2, "親")));
    assertThat(repository.findById(child).orElseThrow().getPath()).isEqualTo(moved + "/child");

    assertThatThrownBy(
            () ->
                editing.update(
                    parent,
                    repository.findById(parent).orElseThrow().getVersion(),
                    new PageInput(
                        child,
                        moved,
                        "親",
                        null,
                        NavArea.NONE,
                        0,
                        List.of(new Block.Heading(2, "親")))))
        .isInstanceOfSatisfying(
            PageInvalidException.class,
            e ->
                assertThat(e.problems())
                    .extracting(PageProblem::messageId)
                    .containsExactly("e.page.parent.cycle"));

    editing.delete(child);
    editing.delete(parent);
    assertThat(repository.findById(parent)).isEmpty();
  }

  @Test
  void aSaveFromAnOutdatedFormIsRefused() {
    String slug = unique("conflict");
    long id = editing.create(Site.SUPERNET, input(slug, "版", new Block.Heading(2, "a")));
    long version = repository.findById(id).orElseThrow().getVersion();
    editing.update(id, version, input(slug, "先に保存", new Block.Heading(2, "a")));
    assertThatThrownBy(
            () -> editing.update(id, version, input(slug, "後から保存", new Block.Heading(2, "a"))))
        .isInstanceOf(BusinessException.class)
        .hasMessage("e.page.conflict");
    assertThat(repository.findById(id).orElseThrow().getTitle()).isEqualTo("先に保存");
  }

  @Test
  void revisionsRecordWhoAndWhatAndCanBeRestored() {
    String slug = unique("history");
    long id = editing.create(Site.SUPERNET, input(slug, "第1版", new Block.Text("<p>はじめの文章</p>")));
    publishing.publish(id);
    editing.update(
        id,
        repository.findById(id).orElseThrow().getVersion(),
        input(slug, "第2版", new Block.Text("<p>書き直した文章</p>"), new Block.Heading(2, "追加した見出し")));

    List<PageRevision> revisions = history.revisions(id, PageRequest.of(0, 20)).getContent();
    assertThat(revisions)
        .extracting(PageRevision::kind)
        .containsExactly("UPDATE", "PUBLISH", "CREATE");
    assertThat(revisions).extracting(PageRevision::by).containsOnly("page-editor");
    long first = revisions.get(2).number();
    long second = revisions.get(0).number();
    assertThat(history.previous(id, second)).contains(revisions.get(1).number());

    PageDiff.Result diff =
        PageDiff.of(
            text.lines(history.at(id, first).orElseThrow()),
            text.lines(history.at(id, second).orElseThrow()));
    assertThat(diff.lines())
        .contains(
            new PageDiff.Line("delete", "タイトル：第1版"),
            new PageDiff.Line("insert", "タイトル：第2版"),
            new PageDiff.Line("delete", "はじめの文章"),
            new PageDiff.Line("insert", "書き直した文章"),
            new PageDiff.Line("insert", "見出し2：追加した見出し"),
            new PageDiff.Line("equal", "説明文：説明文"));
    assertThat(diff.inserted()).isEqualTo(4);
    assertThat(diff.deleted()).isEqualTo(2);

    editing.restore(id, first, repository.findById(id).orElseThrow().getVersion());
    var restored = repository.findById(id).orElseThrow();
    assertThat(restored.getTitle()).isEqualTo("第1版");
    assertThat(restored.blocks()).containsExactly(new Block.Text("<p>はじめの文章</p>"));
    assertThat(restored.getState()).isEqualTo(PageState.PUBLISHED);
    assertThat(history.revisions(id, PageRequest.of(0, 20)).getContent().getFirst().kind())
        .isEqualTo("RESTORE");
    assertThat(history.revisions(id, PageRequest.of(0, 20)).getTotalElements()).isEqualTo(4);
  }

  @Test
  void aCopyIsANewDraftNextToTheOriginal() {
    String slug = unique("original");
    long id = editing.create(Site.SUPERNET, input(slug, "元のページ", new Block.Heading(2, "内容")));
    publishing.publish(id);
    long copy = editing.copy(id);
    var page = repository.findById(copy).orElseThrow();
    assertThat(page.getSlug()).isEqualTo(slug + "-copy");
    assertThat(page.getTitle()).isEqualTo("元のページ（コピー）");
    assertThat(page.getState()).isEqualTo(PageState.DRAFT);
    assertThat(page.blocks()).containsExactly(new Block.Heading(2, "内容"));
    assertThat(repository.findById(editing.copy(id)).orElseThrow().getSlug())
        .isEqualTo(slug + "-copy-2");
  }

  @Test
  void publishedPagesJoinTheNavigationAtOnce() {
    String slug = unique("nav");
    long id =
        editing.create(
            Site.AIKASANET,
            new PageInput(
                null,
                slug,
                "メニューのページ",
                null,
                NavArea.FOOTER,
                95,
                List.of(new Block.Heading(2, "a"))));
    assertThat(navigation.items(Site.AIKASANET, jp.yamaguchi.katsudo.core.nav.NavArea.FOOTER))
        .noneMatch(i -> i.href().equals("/aikasanet/" + slug));
    publishing.publish(id);
    assertThat(navigation.items(Site.AIKASANET, NavArea.FOOTER))
        .anyMatch(i -> i.href().equals("/aikasanet/" + slug) && i.label().equals("メニューのページ"));
    publishing.unpublish(id);
    assertThat(navigation.items(Site.AIKASANET, NavArea.FOOTER))
        .noneMatch(i -> i.href().equals("/aikasanet/" + slug));
  }

  @Autowired jp.yamaguchi.katsudo.media.MediaLibrary media;

  @Test
  void aFileUsedByAPageCannotBeDeletedFromTheLibrary() {
    var image =
        media.store(
            "used.png",
            100,
            new org.springframework.core.io.ByteArrayResource(
                jp.yamaguchi.katsudo.media.TestFiles.png()),
            "使われている画像",
            null);
    String slug = unique("uses-media");
    long id =
        editing.create(
            Site.SUPERNET, input(slug, "画像のあるページ", new Block.Image(image.id(), "センターの外観", "外観")));
    assertThat(media.usesOf(image.id()))
        .extracting(jp.yamaguchi.katsudo.media.MediaUsage.Use::href)
        .containsExactly("/admin/pages/" + id);
    assertThatThrownBy(() -> media.delete(image.id()))
        .isInstanceOfSatisfying(
            jp.yamaguchi.katsudo.media.MediaRejectedException.class,
            e -> assertThat(e.messageId()).isEqualTo("e.media.inUse"));
    assertThat(media.find(image.id())).isPresent();
    editing.update(
        id,
        repository.findById(id).orElseThrow().getVersion(),
        input(slug, "画像のないページ", new Block.Heading(2, "見出し")));
    assertThat(media.usesOf(image.id())).isEmpty();
    media.delete(image.id());
    assertThat(media.find(image.id())).isEmpty();
  }

  private long versionOf(long id) {
    return repository.findById(id).orElseThrow().getVersion();
  }

  private long publicChanges(String type) {
    return events.stream(ContentChanged.class).filter(e -> type.equals(e.contentType())).count();
  }

  @Test
  void aRestoreFromAnOutdatedConfirmationIsRefused() {
    String slug = unique("restore-conflict");
    long id = editing.create(Site.SUPERNET, input(slug, "第1版", new Block.Heading(2, "a")));
    long first = history.revisions(id, PageRequest.of(0, 1)).getContent().getFirst().number();
    long confirmedOn = versionOf(id);
    editing.update(id, confirmedOn, input(slug, "別の人が保存", new Block.Heading(2, "b")));
    assertThatThrownBy(() -> editing.restore(id, first, confirmedOn))
        .isInstanceOf(BusinessException.class)
        .hasMessage("e.page.restore.conflict");
    assertThat(repository.findById(id).orElseThrow().getTitle()).isEqualTo("別の人が保存");
    editing.restore(id, first, versionOf(id));
    assertThat(repository.findById(id).orElseThrow().getTitle()).isEqualTo("第1版");
  }

  @Test
  void aRestoredRevisionIsCheckedLikeASave() {
    var image =
        media.store(
            "gone.png",
            100,
            new org.springframework.core.io.ByteArrayResource(
                jp.yamaguchi.katsudo.media.TestFiles.png()),
            "消える画像",
            null);
    String slug = unique("restore-check");
    long id =
        editing.create(
            Site.SUPERNET, input(slug, "画像のある版", new Block.Image(image.id(), "外観", null)));
    long withImage = history.revisions(id, PageRequest.of(0, 1)).getContent().getFirst().number();
    editing.update(id, versionOf(id), input(slug, "画像のない版", new Block.Heading(2, "見出し")));
    media.delete(image.id());

    assertThatThrownBy(() -> editing.restore(id, withImage, versionOf(id)))
        .isInstanceOfSatisfying(
            PageInvalidException.class,
            e ->
                assertThat(e.problems())
                    .extracting(PageProblem::field, PageProblem::messageId)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "blocks[0].mediaId", "e.page.block.media.missing")));
    assertThat(repository.findById(id).orElseThrow().getTitle()).isEqualTo("画像のない版");
  }

  @Test
  void restoredRichTextIsSanitizedAgain() {
    String slug = unique("restore-clean");
    long id = editing.create(Site.SUPERNET, input(slug, "古い版", new Block.Text("<p>古い本文</p>")));
    long old = history.revisions(id, PageRequest.of(0, 1)).getContent().getFirst().number();
    editing.update(id, versionOf(id), input(slug, "新しい版", new Block.Text("<p>新しい本文</p>")));
    // A revision kept under an older, looser rule (or imported): raw HTML in its body.
    jdbc.update(
        "update page_aud set body = ? where id = ? and rev = ?",
        "[{\"type\":\"text\",\"html\":\"<p onclick=\\\"x()\\\">古い本文<script>alert(1)</script></p>\"}]",
        id,
        old);
    editing.restore(id, old, versionOf(id));
    String html = ((Block.Text) repository.findById(id).orElseThrow().blocks().getFirst()).html();
    assertThat(html).contains("古い本文").doesNotContain("onclick", "<script", "alert(1)");
  }

  @Test
  void onlyChangesVisitorsSeeAreAnnounced() {
    String slug = unique("quiet");
    long id = editing.create(Site.SUPERNET, input(slug, "下書き", new Block.Heading(2, "a")));
    editing.update(id, versionOf(id), input(slug, "下書きの保存", new Block.Heading(2, "b")));
    long copy = editing.copy(id);
    editing.delete(copy);
    long first = history.revisions(id, PageRequest.of(0, 20)).getContent().getLast().number();
    editing.restore(id, first, versionOf(id));
    assertThat(publicChanges("page")).as("draft work").isZero();

    publishing.publish(id);
    assertThat(publicChanges("page")).as("publish").isEqualTo(1);

    editing.update(id, versionOf(id), input(slug, "公開中の下書き", new Block.Heading(2, "c")));
    editing.restore(id, first, versionOf(id));
    assertThat(publicChanges("page")).as("saving a published page's draft").isEqualTo(1);

    String moved = unique("quiet-moved");
    editing.update(id, versionOf(id), input(moved, "公開中の下書き", new Block.Heading(2, "c")));
    assertThat(publicChanges("page")).as("a published page moved").isEqualTo(2);

    publishing.unpublish(id);
    assertThat(publicChanges("page")).as("unpublish").isEqualTo(3);
    editing.delete(id);
    assertThat(publicChanges("page")).as("deleting an unpublished page").isEqualTo(3);

    long gone =
        editing.create(Site.SUPERNET, input(unique("gone"), "消す", new Block.Heading(2, "a")));
    publishing.publish(gone);
    editing.delete(gone);
    assertThat(publicChanges("page")).as("publish, then delete a published page").isEqualTo(5);
  }

  @Test
  void movingADraftAnnouncesAChangeOnlyWhenAPublishedPageBelowItMoves() {
    String top = unique("draft-parent");
    long parent = editing.create(Site.SUPERNET, input(top, "下書きの親", new Block.Heading(2, "a")));
    long child =
        editing.create(
            Site.SUPERNET,
            new PageInput(
                parent, "child", "子", null, NavArea.NONE, 0, List.of(new Block.Heading(2, "子"))));
    editing.update(
        parent, versionOf(parent), input(top + "-a", "下書きの親", new Block.Heading(2, "a")));
    assertThat(publicChanges("page")).isZero();
    publishing.publish(child);
    editing.update(
        parent, versionOf(parent), input(top + "-b", "下書きの親", new Block.Heading(2, "a")));
    assertThat(publicChanges("page")).isEqualTo(2);
  }

  @Test
  void aMediaChangeIsAnnouncedOnlyWhenAPublishedPageShowsTheFile() {
    var image =
        media.store(
            "shown.png",
            100,
            new org.springframework.core.io.ByteArrayResource(
                jp.yamaguchi.katsudo.media.TestFiles.png()),
            "表示される画像",
            null);
    assertThat(publicChanges("media")).as("upload").isZero();
    String slug = unique("media-user");
    long id =
        editing.create(
            Site.SUPERNET, input(slug, "画像のページ", new Block.Image(image.id(), "外観", null)));
    media.describe(image.id(), "下書きだけが使う画像", null);
    assertThat(publicChanges("media")).as("used by a draft only").isZero();
    assertThat(media.usesOf(image.id()))
        .extracting(jp.yamaguchi.katsudo.media.MediaUsage.Use::published)
        .containsExactly(false);
    publishing.publish(id);
    media.describe(image.id(), "公開中のページが使う画像", null);
    assertThat(publicChanges("media")).as("used by a published page").isEqualTo(1);
    assertThat(media.usesOf(image.id()))
        .extracting(jp.yamaguchi.katsudo.media.MediaUsage.Use::published)
        .containsExactly(true);
  }

  @Test
  void breadcrumbsFollowThePathThroughVisibleAncestors() {
    String top = unique("crumbs");
    long a = editing.create(Site.SUPERNET, input(top, "第1階層", new Block.Heading(2, "a")));
    long b =
        editing.create(
            Site.SUPERNET,
            new PageInput(
                a, "b", "第2階層", null, NavArea.NONE, 0, List.of(new Block.Heading(2, "b"))));
    long c =
        editing.create(
            Site.SUPERNET,
            new PageInput(
                b, "c", "第3階層", null, NavArea.NONE, 0, List.of(new Block.Heading(2, "c"))));
    long d =
        editing.create(
            Site.SUPERNET,
            new PageInput(
                c, "d", "第4階層", null, NavArea.NONE, 0, List.of(new Block.Heading(2, "d"))));
    publishing.publish(a);
    publishing.publish(c);
    publishing.publish(d);
    PageView view = pages.published(Site.SUPERNET, top + "/b/c/d").orElseThrow();
    assertThat(view.ancestors())
        .containsExactly(new PageLink("第1階層", "/" + top), new PageLink("第3階層", "/" + top + "/b/c"));
    assertThat(pages.preview(b).ancestors()).containsExactly(new PageLink("第1階層", "/" + top));
  }
}
