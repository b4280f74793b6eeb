package jp.yamaguchi.katsudo.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.domain.NewsContent;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The home pages' held news lists follow every change at once, and forgetting them leaves no trace
 * in the event publication registry.
 */
@IntegrationTest
class NewsFeedTest {

  /** Far in the future, so the item is among the newest whatever else the shared database holds. */
  static final LocalDate FUTURE = LocalDate.of(9000, 1, 1);

  @Autowired NewsFeed feed;
  @Autowired NewsEditing editing;
  @Autowired JdbcTemplate jdbc;

  List<Long> latestIds() {
    return feed.latest(Site.SUPERNET, NewsKind.CENTER_NEWS, 100).stream()
        .map(NewsHeadline::id)
        .toList();
  }

  @Test
  void publishingAndUnpublishingShowOnTheHomePageAtOnce() {
    NewsItem item =
        new NewsFixtures(editing)
            .pending(Site.SUPERNET, NewsKind.CENTER_NEWS, NewsFixtures.unique("ホーム反映"), FUTURE);
    assertThat(latestIds()).doesNotContain(item.getId());

    editing.review(item.getId(), null, ReviewAction.PUBLISH, null, "feed-admin");
    assertThat(latestIds()).contains(item.getId());

    editing.review(item.getId(), null, ReviewAction.UNPUBLISH, null, "feed-admin");
    assertThat(latestIds()).doesNotContain(item.getId());
  }

  @Test
  void aChangeToAPublishedItemAndItsDeletionShowAtOnce() {
    NewsItem item =
        new NewsFixtures(editing)
            .published(Site.SUPERNET, NewsKind.CENTER_NEWS, NewsFixtures.unique("変更前"), FUTURE);
    assertThat(latestIds()).contains(item.getId());

    String changed = NewsFixtures.unique("変更後");
    editing.update(
        item.getId(),
        item.getVersion(),
        new NewsContent(Site.SUPERNET, NewsKind.CENTER_NEWS, changed, "本文", FUTURE),
        "feed-editor");
    assertThat(feed.latest(Site.SUPERNET, NewsKind.CENTER_NEWS, 100))
        .extracting(NewsHeadline::title)
        .contains(changed);

    editing.delete(item.getId());
    assertThat(latestIds()).doesNotContain(item.getId());
  }

  @Test
  void cacheEvictionIsNotRecordedAsAnEventPublication() {
    NewsItem item =
        new NewsFixtures(editing)
            .published(Site.SUPERNET, NewsKind.NEWS, NewsFixtures.unique("記録なし"), FUTURE);
    editing.delete(item.getId());
    Integer rows =
        jdbc.queryForObject(
            "select count(*) from event_publication where listener_id like ?",
            Integer.class,
            "%" + NewsFeed.class.getName() + "%");
    assertThat(rows).isZero();
  }
}
