package jp.yamaguchi.katsudo.grant.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.web.Like;
import org.springframework.data.jpa.domain.Specification;

/**
 * The admin list's filters and order. Public postings whose submitter has not confirmed the mail
 * address yet are never listed: they are not a submission yet.
 *
 * @param state only this review state, or null
 * @param origin only grants entered this way, or null
 * @param words words that must all occur in the title or organizer, or blank
 * @param sort one of {@link #SORTABLE} ({@link #BY_UPDATED} otherwise)
 * @param ascending the direction
 */
public record GrantSearch(
    ReviewState state, Origin origin, String words, String sort, boolean ascending) {

  public static final String BY_DEADLINE = "periodTo";
  public static final String BY_TITLE = "title";
  public static final String BY_STATE = "state";
  public static final String BY_UPDATED = "updatedAt";
  public static final List<String> SORTABLE = List.of(BY_DEADLINE, BY_TITLE, BY_STATE, BY_UPDATED);

  Specification<Grant> specification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(
          cb.or(
              cb.notEqual(root.get("origin"), Origin.PUBLIC),
              cb.isNotNull(root.get("confirmedAt"))));
      if (state != null) where.add(cb.equal(root.get("review").get("state"), state));
      if (origin != null) where.add(cb.equal(root.get("origin"), origin));
      words(where, root, cb, words, "title", "organizer");
      if (query != null && !Long.class.equals(query.getResultType())) {
        Expression<?> key =
            switch (sort == null ? BY_UPDATED : sort) {
              case BY_TITLE -> root.get("title");
              case BY_DEADLINE -> root.get("periodTo");
              case BY_STATE -> stateOrder(root.get("review").get("state"), cb);
              default -> root.get("updatedAt");
            };
        var id = root.get("id");
        query.orderBy(ascending ? cb.asc(key) : cb.desc(key), ascending ? cb.asc(id) : cb.desc(id));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /** Every word (split on spaces, also full-width) must occur in one of the columns. */
  static void words(
      List<Predicate> where, Root<Grant> root, CriteriaBuilder cb, String words, String... cols) {
    if (words == null) return;
    for (String w : words.strip().split("[\\s\u3000]+")) {
      if (w.isEmpty()) continue;
      String like = Like.containsLower(w);
      List<Predicate> any = new ArrayList<>();
      for (String c : cols) any.add(cb.like(cb.lower(root.get(c)), like, Like.ESCAPE));
      where.add(cb.or(any.toArray(Predicate[]::new)));
    }
  }

  static Expression<Integer> stateOrder(Path<Object> state, CriteriaBuilder cb) {
    var c = cb.<Integer>selectCase();
    c.when(cb.equal(state, ReviewState.DRAFT), 0);
    c.when(cb.equal(state, ReviewState.PENDING), 1);
    c.when(cb.equal(state, ReviewState.RETURNED), 2);
    c.when(cb.equal(state, ReviewState.PUBLISHED), 3);
    return c.otherwise(4);
  }
}
