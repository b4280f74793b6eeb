package jp.yamaguchi.katsudo.event.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees: published events only. Whether an event is upcoming or archived follows
 * from its end date and today's date (the clock), so past events move to the archive by themselves,
 * with no job.
 */
@Service
@Transactional(readOnly = true)
public class PublishedEvents {

  public static final int PAGE_SIZE = 20;

  /** Most events one iCal feed carries. */
  public static final int FEED_LIMIT = 500;

  private final EventItemRepository repository;
  private final Clock clock;

  PublishedEvents(EventItemRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Upcoming (or running) events matching, by start date. */
  public Page<EventItem> upcoming(EventSearch search, int page) {
    return repository.findAll(
        search.upcoming(today()), PageRequest.of(Math.max(0, page), PAGE_SIZE));
  }

  /** Events that ended before today, matching, the most recent first. */
  public Page<EventItem> archive(EventSearch search, int page) {
    return repository.findAll(
        search.archived(today()), PageRequest.of(Math.max(0, page), PAGE_SIZE));
  }

  /** Upcoming events matching, for a feed (at most {@link #FEED_LIMIT}). */
  public List<EventItem> feed(EventSearch search) {
    return repository.findAll(search.upcoming(today()), PageRequest.of(0, FEED_LIMIT)).getContent();
  }

  /** Every published event on at least one day of the month, by start. */
  public List<EventItem> month(YearMonth month) {
    return repository.findOverlapping(ReviewState.PUBLISHED, month.atDay(1), month.atEndOfMonth());
  }

  /** The event, if published. */
  public Optional<EventItem> find(long id) {
    return repository.findById(id).filter(e -> e.review().isPublic());
  }

  /** The newest published events, by first publication. */
  public List<EventItem> newest(int limit) {
    return repository.findNewest(ReviewState.PUBLISHED, PageRequest.of(0, limit));
  }

  /** Published events not yet ended, for the sitemap. */
  public List<EventSitemapRow> sitemapRows() {
    return repository.findSitemapRows(ReviewState.PUBLISHED, today());
  }
}
