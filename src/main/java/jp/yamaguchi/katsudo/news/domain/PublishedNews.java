package jp.yamaguchi.katsudo.news.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.NewsHeadline;
import jp.yamaguchi.katsudo.news.NewsKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public sees: published items only, newest first, by site and kind. */
@Service
@Transactional(readOnly = true)
public class PublishedNews {

  public static final int PAGE_SIZE = 20;
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private final NewsItemRepository repository;

  PublishedNews(NewsItemRepository repository) {
    this.repository = repository;
  }

  /** The newest {@code limit} items. */
  public List<NewsHeadline> latest(Site site, NewsKind kind, int limit) {
    return repository
        .findHeadlines(
            site, kind, ReviewState.PUBLISHED, EARLIEST, LATEST, PageRequest.of(0, limit))
        .getContent();
  }

  /**
   * One page (0-based) of the list, all years or one year.
   *
   * @param year a calendar year, or null for every year
   */
  public Page<NewsHeadline> page(Site site, NewsKind kind, Integer year, int page) {
    LocalDate from = year == null ? EARLIEST : LocalDate.of(year, 1, 1);
    LocalDate to = year == null ? LATEST : LocalDate.of(year, 12, 31);
    return repository.findHeadlines(
        site, kind, ReviewState.PUBLISHED, from, to, PageRequest.of(Math.max(0, page), PAGE_SIZE));
  }

  /** The years that have published items, newest first, with their counts. */
  public List<YearCount> years(Site site, NewsKind kind) {
    return repository.countByYear(site, kind, ReviewState.PUBLISHED).stream()
        .map(r -> new YearCount(((Number) r[0]).intValue(), ((Number) r[1]).longValue()))
        .toList();
  }

  /** The item, if it is published at this site and kind. */
  public Optional<NewsItem> find(Site site, NewsKind kind, long id) {
    return repository.findById(id).filter(n -> n.isPublicAt(site, kind));
  }

  /** Every published item, for the sitemap. */
  public List<NewsSitemapRow> sitemapRows() {
    return repository.findSitemapRows(ReviewState.PUBLISHED);
  }
}
