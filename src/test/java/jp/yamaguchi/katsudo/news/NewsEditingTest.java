package jp.yamaguchi.katsudo.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewHistory;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.news.domain.NewsContent;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import jp.yamaguchi.katsudo.news.domain.NewsSearch;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class NewsEditingTest {

  static final LocalDate DAY = LocalDate.of(2025, 6, 1);

  @Autowired NewsEditing editing;
  @Autowired ReviewHistory history;
  @Autowired NewsImport importer;

  NewsContent content(Site site, NewsKind kind, String title, String body) {
    return new NewsContent(site, kind, title, body, DAY);
  }

  @Test
  void bodyIsSanitizedOnSave() {
    NewsItem item =
        editing.create(
            content(
                Site.SUPERNET,
                NewsKind.NEWS,
                NewsFixtures.unique("消毒"),
                "<p onclick=\"alert(1)\">講座の<strong>案内</strong>です。</p><script>alert('x')</script>"
                    + "<a href=\"javascript:alert(1)\">危険</a><a href=\"https://example.jp/\">安全</a>"
                    + "<iframe src=\"https://evil.example/\"></iframe>"),
            "editor-s");
    String body = editing.get(item.getId()).getBody();
    assertThat(body)
        .contains("<p>講座の<strong>案内</strong>です。</p>")
        .contains("href=\"https://example.jp/\"")
        .doesNotContain("script", "onclick", "javascript:", "iframe", "alert");
  }

  @Test
  void plainTextBecomesParagraphsWithItsLineBreaks() {
    NewsItem item =
        editing.create(
            content(
                Site.AIKASANET,
                NewsKind.NEWS,
                NewsFixtures.unique("文章だけ"),
                "一行目です。\n二行目 & 記号 < 5\r\n\r\n\n次の段落です。"),
            "editor-s");
    assertThat(editing.get(item.getId()).getBody())
        .isEqualTo("<p>一行目です。<br />二行目 &amp; 記号 &lt; 5</p><p>次の段落です。</p>");
  }

  @Test
  void bodyWithNothingVisibleIsRefused() {
    assertThatThrownBy(
            () ->
                editing.create(
                    content(Site.SUPERNET, NewsKind.NEWS, "題", "<script>alert(1)</script><p> </p>"),
                    "editor-s"))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.messageId()).isEqualTo("e.news.body.empty"));
  }

  @Test
  void centerNewsExistsOnlyOnSupernet() {
    assertThatThrownBy(
            () ->
                editing.create(
                    content(Site.AIKASANET, NewsKind.CENTER_NEWS, "題", "本文"), "editor-s"))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.messageId()).isEqualTo("e.news.kind.site"));
    NewsItem ok =
        editing.create(
            content(Site.SUPERNET, NewsKind.CENTER_NEWS, NewsFixtures.unique("センター"), "本文"),
            "editor-s");
    assertThatThrownBy(
            () ->
                editing.update(
                    ok.getId(),
                    ok.getVersion(),
                    content(Site.AIKASANET, NewsKind.CENTER_NEWS, "題", "本文"),
                    "editor-s"))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.messageId()).isEqualTo("e.news.kind.site"));
    assertThat(editing.get(ok.getId()).getSite()).isEqualTo(Site.SUPERNET);
  }

  @Test
  void titleIsKeptOnOneLine() {
    NewsItem item =
        editing.create(
            content(Site.SUPERNET, NewsKind.NEWS, "  一行目\r\n件名：偽物\t ", "本文"), "editor-s");
    assertThat(editing.get(item.getId()).getTitle()).isEqualTo("一行目 件名：偽物");
  }

  @Test
  void aChangeMadeOnAnOutdatedVersionIsRefused() {
    NewsItem item =
        editing.create(
            content(Site.SUPERNET, NewsKind.NEWS, NewsFixtures.unique("版"), "本文"), "editor-a");
    long seen = item.getVersion();
    editing.update(
        item.getId(), seen, content(Site.SUPERNET, NewsKind.NEWS, "一人目の変更", "本文"), "editor-a");
    assertThatThrownBy(
            () ->
                editing.update(
                    item.getId(),
                    seen,
                    content(Site.SUPERNET, NewsKind.NEWS, "二人目の変更", "本文"),
                    "editor-b"))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.messageId()).isEqualTo("e.news.conflict"));
    assertThatThrownBy(
            () -> editing.review(item.getId(), seen, ReviewAction.SUBMIT, null, "editor-b"))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.messageId()).isEqualTo("e.review.conflict"));
    NewsItem now = editing.get(item.getId());
    assertThat(now.getTitle()).isEqualTo("一人目の変更");
    assertThat(now.getUpdatedBy()).isEqualTo("editor-a");
    assertThat(now.review().state()).isEqualTo(ReviewState.DRAFT);
  }

  @Test
  void reviewMovesAreRecordedWithWhoDidThem() {
    NewsItem item =
        editing.create(
            content(Site.SUPERNET, NewsKind.NEWS, NewsFixtures.unique("審査"), "本文"), "editor-r");
    editing.review(item.getId(), null, ReviewAction.SUBMIT, null, "editor-r");
    editing.review(item.getId(), null, ReviewAction.SEND_BACK, "日付を直してください。", "admin-r");
    editing.review(item.getId(), null, ReviewAction.SUBMIT, null, "editor-r");
    editing.review(item.getId(), null, ReviewAction.PUBLISH, null, "admin-r");

    NewsItem done = editing.get(item.getId());
    assertThat(done.review().state()).isEqualTo(ReviewState.PUBLISHED);
    assertThat(done.review().reviewedBy()).isEqualTo("admin-r");
    assertThat(done.getUpdatedBy()).isEqualTo("admin-r");
    assertThat(history.of(done))
        .extracting(ReviewHistory.Entry::actor, ReviewHistory.Entry::from, ReviewHistory.Entry::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "admin-r", ReviewState.PENDING, ReviewState.PUBLISHED),
            org.assertj.core.groups.Tuple.tuple(
                "editor-r", ReviewState.RETURNED, ReviewState.PENDING),
            org.assertj.core.groups.Tuple.tuple(
                "admin-r", ReviewState.PENDING, ReviewState.RETURNED),
            org.assertj.core.groups.Tuple.tuple("editor-r", ReviewState.DRAFT, ReviewState.PENDING),
            org.assertj.core.groups.Tuple.tuple("editor-r", null, ReviewState.DRAFT));
  }

  @Test
  void adminSearchFiltersByWordsStateSiteAndKind() {
    String marker = NewsFixtures.unique("検索語");
    var fixtures = new NewsFixtures(editing);
    NewsItem a = fixtures.published(Site.SUPERNET, NewsKind.NEWS, marker + " 講座A", DAY);
    NewsItem b =
        fixtures.pending(Site.SUPERNET, NewsKind.CENTER_NEWS, marker + " 講座B", DAY.plusDays(1));
    NewsItem c = fixtures.draft(Site.AIKASANET, NewsKind.NEWS, marker + " 交流会", DAY.plusDays(2));

    assertThat(ids(new NewsSearch(null, null, null, marker, NewsSearch.BY_DATE, false)))
        .containsExactly(c.getId(), b.getId(), a.getId());
    assertThat(ids(new NewsSearch(null, null, null, marker + "　講座", NewsSearch.BY_TITLE, true)))
        .containsExactly(a.getId(), b.getId());
    assertThat(
            ids(new NewsSearch(null, null, ReviewState.PENDING, marker, NewsSearch.BY_DATE, false)))
        .containsExactly(b.getId());
    assertThat(ids(new NewsSearch(Site.AIKASANET, null, null, marker, NewsSearch.BY_DATE, false)))
        .containsExactly(c.getId());
    assertThat(
            ids(
                new NewsSearch(
                    null, NewsKind.CENTER_NEWS, null, marker, NewsSearch.BY_DATE, false)))
        .containsExactly(b.getId());
    assertThat(ids(new NewsSearch(null, null, null, marker, NewsSearch.BY_STATE, true)))
        .as("workflow order: draft, pending, published")
        .containsExactly(c.getId(), b.getId(), a.getId());
    assertThat(ids(new NewsSearch(null, null, null, marker + " 100%_", NewsSearch.BY_DATE, false)))
        .isEmpty();
  }

  @Test
  void importSanitizesChecksAndKeepsTheGivenState() {
    String title = NewsFixtures.unique("取り込み");
    int n =
        importer.importAll(
            List.of(
                new ImportedNews(
                    Site.SUPERNET,
                    NewsKind.NEWS,
                    title,
                    "<p>本文<script>x()</script></p>",
                    DAY,
                    ReviewState.RETURNED,
                    "legacy",
                    "直してください")),
            "importer");
    assertThat(n).isEqualTo(1);
    NewsItem item =
        editing
            .search(new NewsSearch(null, null, null, title, NewsSearch.BY_DATE, false), 0)
            .getContent()
            .getFirst();
    assertThat(item.getBody()).isEqualTo("<p>本文</p>");
    assertThat(item.review().state()).isEqualTo(ReviewState.RETURNED);
    assertThat(item.review().returnReason()).isEqualTo("直してください");
    assertThat(item.getAuthor()).isEqualTo("legacy");
    assertThat(history.of(item))
        .singleElement()
        .satisfies(e -> assertThat(e.to()).isEqualTo(ReviewState.RETURNED));
    assertThatThrownBy(
            () ->
                importer.importAll(
                    List.of(
                        new ImportedNews(
                            Site.AIKASANET,
                            NewsKind.CENTER_NEWS,
                            "x",
                            "y",
                            DAY,
                            ReviewState.PUBLISHED,
                            "legacy",
                            null)),
                    "importer"))
        .isInstanceOf(BusinessException.class);
  }

  private List<Long> ids(NewsSearch search) {
    return editing.search(search, 0).getContent().stream().map(NewsItem::getId).toList();
  }
}
