package jp.yamaguchi.katsudo.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.NewsFixtures;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import jp.yamaguchi.katsudo.page.Block;
import jp.yamaguchi.katsudo.page.PageEditing;
import jp.yamaguchi.katsudo.page.PageInput;
import jp.yamaguchi.katsudo.page.PagePublishing;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Every publish and unpublish ends up in the audit log: news (review workflow) and fixed pages. */
@IntegrationTest
@WithMockUser(username = "publish-auditor", roles = "ADMIN")
@DateSensitive
class PublicationAuditTest {

  @Autowired Clock clock;
  @Autowired NewsEditing news;
  @Autowired PageEditing pages;
  @Autowired PagePublishing publishing;
  @Autowired AuditReader reader;

  /** Entries whose target is {@code target} or starts with {@code target + " "}, oldest first. */
  List<AuditEntry> entries(String target) {
    return reader
        .search(new AuditQuery(null, null, target, null, null), PageRequest.of(0, 20))
        .getContent()
        .reversed()
        .stream()
        .filter(e -> e.target().equals(target) || e.target().startsWith(target + " "))
        .toList();
  }

  @Test
  void newsPublishUnpublishAndRepublishAreLogged() {
    NewsFixtures fixtures = new NewsFixtures(news);
    NewsItem item =
        fixtures.pending(
            Site.SUPERNET,
            NewsKind.CENTER_NEWS,
            NewsFixtures.unique("audit"),
            LocalDate.now(clock));
    String target = "news#" + item.getId();
    assertThat(entries(target)).isEmpty(); // submitting is not a publication

    news.review(item.getId(), null, ReviewAction.PUBLISH, null, "news-admin");
    news.review(item.getId(), null, ReviewAction.UNPUBLISH, null, "news-admin");
    news.review(item.getId(), null, ReviewAction.PUBLISH, null, "news-admin");

    List<AuditEntry> log = entries(target).stream().filter(e -> e.target().equals(target)).toList();
    assertThat(log)
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.PUBLISH, AuditAction.UNPUBLISH, AuditAction.PUBLISH);
    assertThat(log).extracting(AuditEntry::actor).containsOnly("news-admin");
    assertThat(log.get(0).detail()).isEqualTo("from=PENDING");
    assertThat(log.get(2).detail()).isEqualTo("republished");
  }

  @Test
  void pagePublishAndUnpublishAreLogged() {
    String slug = "audit-" + Long.toString(System.nanoTime(), 36);
    long id =
        pages.create(
            Site.AIKASANET,
            new PageInput(
                null,
                slug,
                "監査のページ",
                "説明文",
                NavArea.NONE,
                10,
                List.of(new Block.Text("<p>本文</p>"))));
    String target = "page#" + id;
    assertThat(entries(target)).isEmpty();

    publishing.publish(id);
    publishing.unpublish(id);

    List<AuditEntry> log = entries(target);
    assertThat(log)
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.PUBLISH, AuditAction.UNPUBLISH);
    assertThat(log).extracting(AuditEntry::actor).containsOnly("publish-auditor");
    assertThat(log.get(0).target()).isEqualTo("page#" + id + " /aikasanet/" + slug + " 監査のページ");
  }

  @Test
  void deletingAPublishedPageOrNewsItemIsLoggedAsAnUnpublish() {
    String slug = "audit-del-" + Long.toString(System.nanoTime(), 36);
    long page =
        pages.create(
            Site.SUPERNET,
            new PageInput(
                null,
                slug,
                "消すページ",
                "説明文",
                NavArea.NONE,
                10,
                List.of(new Block.Text("<p>本文</p>"))));
    publishing.publish(page);
    pages.delete(page);

    List<AuditEntry> pageLog = entries("page#" + page);
    assertThat(pageLog)
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.PUBLISH, AuditAction.UNPUBLISH);
    assertThat(pageLog.get(1).actor()).isEqualTo("publish-auditor");
    assertThat(pageLog.get(1).target())
        .isEqualTo("page#" + page + " /" + slug + " 消すページ (deleted)");

    NewsFixtures fixtures = new NewsFixtures(news);
    String title = NewsFixtures.unique("audit-del");
    NewsItem item =
        fixtures.pending(Site.SUPERNET, NewsKind.CENTER_NEWS, title, LocalDate.now(clock));
    news.review(item.getId(), null, ReviewAction.PUBLISH, null, "news-admin");
    news.delete(item.getId());

    List<AuditEntry> newsLog = entries("news#" + item.getId());
    assertThat(newsLog)
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.PUBLISH, AuditAction.UNPUBLISH);
    assertThat(newsLog.get(1).actor()).isEqualTo("publish-auditor");
    assertThat(newsLog.get(1).target())
        .isEqualTo("news#" + item.getId() + " " + title + " (deleted)");

    // a draft that was never public leaves no publication entry when deleted
    NewsItem draft =
        fixtures.pending(
            Site.SUPERNET,
            NewsKind.CENTER_NEWS,
            NewsFixtures.unique("draft"),
            LocalDate.now(clock));
    news.delete(draft.getId());
    assertThat(entries("news#" + draft.getId())).isEmpty();
  }
}
