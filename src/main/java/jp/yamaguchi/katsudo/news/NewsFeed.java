package jp.yamaguchi.katsudo.news;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.tx.AfterCommit;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import jp.yamaguchi.katsudo.news.domain.PublishedNews;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The newest published items of a site and kind, for the home pages. Home pages are the busiest
 * pages, so the answer is held in memory until news change or at most a minute (another instance of
 * the application may have changed them).
 */
@Service
public class NewsFeed {

  static final Duration HOLD = Duration.ofMinutes(1);

  private final PublishedNews published;
  private final Map<Key, Held> held = new ConcurrentHashMap<>();

  private record Key(Site site, NewsKind kind, int limit) {}

  private record Held(List<NewsHeadline> items, long until) {}

  NewsFeed(PublishedNews published) {
    this.published = published;
  }

  /**
   * The {@code limit} newest published items (by their date), newest first; empty when the kind
   * does not exist on the site.
   */
  public List<NewsHeadline> latest(Site site, NewsKind kind, int limit) {
    if (!kind.allowedOn(site) || limit <= 0) return List.of();
    Key key = new Key(site, kind, Math.min(limit, 100));
    long now = System.nanoTime();
    Held h = held.get(key);
    if (h != null && h.until() - now > 0) return h.items();
    List<NewsHeadline> items = published.latest(site, kind, key.limit());
    held.put(key, new Held(items, now + HOLD.toNanos()));
    return items;
  }

  /** The public list of a kind on a site, for 「一覧を見る」 links. */
  public String listPath(Site site, NewsKind kind) {
    return kind.listPath(site);
  }

  /**
   * Forgets the held lists when news change: at once and again after the commit (a reader in
   * between may have held the old rows). A plain listener on purpose: a transactional one would
   * make the event publication registry keep a record of every cache eviction.
   */
  @EventListener
  void on(ContentChanged event) {
    if (NewsItem.CONTENT_TYPE.equals(event.contentType())) AfterCommit.evict(held::clear);
  }
}
