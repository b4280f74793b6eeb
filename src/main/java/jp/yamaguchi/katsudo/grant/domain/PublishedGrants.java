package jp.yamaguchi.katsudo.grant.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public sees of grants: only published ones. */
@Service
@Transactional(readOnly = true)
public class PublishedGrants {

  public static final int PAGE_SIZE = 20;

  private final GrantRepository repository;

  PublishedGrants(GrantRepository repository) {
    this.repository = repository;
  }

  public Page<Grant> search(PublicGrantSearch search, int page) {
    return repository.findAll(search.specification(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
  }

  public Optional<Grant> find(long id) {
    return repository.findById(id).filter(g -> g.review().isPublic());
  }

  /** Published grants whose deadline falls in the month, by deadline. */
  public List<Grant> deadlinesIn(YearMonth month) {
    return repository.findDeadlines(ReviewState.PUBLISHED, month.atDay(1), month.atEndOfMonth());
  }

  /** Published grants whose deadline falls between the two days (inclusive), by deadline. */
  public List<Grant> deadlinesBetween(LocalDate from, LocalDate to) {
    return repository.findDeadlines(ReviewState.PUBLISHED, from, to);
  }

  public List<Grant> newest(int limit) {
    return repository.findNewest(ReviewState.PUBLISHED, PageRequest.of(0, limit));
  }

  public List<GrantSitemapRow> sitemapRows() {
    return repository.findSitemapRows(ReviewState.PUBLISHED);
  }
}
