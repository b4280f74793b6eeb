package jp.yamaguchi.katsudo.report.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.web.Like;
import org.springframework.data.jpa.domain.Specification;

/**
 * Searches of reports. For staff: any state (unconfirmed public postings never listed), newest
 * change first or by column. For the public ({@link #published}): published only, newest activity
 * first.
 *
 * @param state only this review state, or null
 * @param words words that must all occur in the title, text, group name or place
 * @param heldFrom only activities on or after this day, or null
 * @param heldTo only activities on or before this day, or null
 * @param sort for staff, one of {@link #SORTABLE}; null orders by the activity's date
 * @param ascending the direction
 */
public record ReportSearch(
    ReviewState state,
    String words,
    LocalDate heldFrom,
    LocalDate heldTo,
    String sort,
    boolean ascending) {

  public static final String BY_TITLE = "title";
  public static final String BY_HELD = "heldOn";
  public static final String BY_UPDATED = "updatedAt";
  public static final List<String> SORTABLE = List.of(BY_TITLE, BY_HELD, BY_UPDATED);

  /** The public search: published reports, newest activity first. */
  public static ReportSearch published(String words, LocalDate heldFrom, LocalDate heldTo) {
    return new ReportSearch(ReviewState.PUBLISHED, words, heldFrom, heldTo, null, false);
  }

  Specification<ActivityReport> specification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(
          cb.or(
              cb.notEqual(root.get("origin"), Origin.PUBLIC),
              cb.isNotNull(root.get("confirmedAt"))));
      if (state != null) where.add(cb.equal(root.get("review").get("state"), state));
      if (heldFrom != null) where.add(cb.greaterThanOrEqualTo(root.get("heldOn"), heldFrom));
      if (heldTo != null) where.add(cb.lessThanOrEqualTo(root.get("heldOn"), heldTo));
      words(where, root, cb);
      if (query != null && !Long.class.equals(query.getResultType())) {
        Expression<?> key =
            switch (sort == null ? BY_HELD : sort) {
              case BY_TITLE -> root.get("title");
              case BY_UPDATED -> root.get("updatedAt");
              default -> cb.coalesce(root.<LocalDate>get("heldOn"), LocalDate.of(1900, 1, 1));
            };
        var id = root.get("id");
        query.orderBy(ascending ? cb.asc(key) : cb.desc(key), ascending ? cb.asc(id) : cb.desc(id));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private void words(List<Predicate> where, Root<ActivityReport> root, CriteriaBuilder cb) {
    if (words == null) return;
    for (String w : words.strip().split("[\\s\u3000]+")) {
      if (w.isEmpty()) continue;
      String like = Like.containsLower(w);
      where.add(
          cb.or(
              cb.like(cb.lower(root.get("title")), like, Like.ESCAPE),
              cb.like(cb.lower(root.get("body")), like, Like.ESCAPE),
              cb.like(cb.lower(root.get("orgName")), like, Like.ESCAPE),
              cb.like(cb.lower(root.get("place")), like, Like.ESCAPE)));
    }
  }
}
