package jp.yamaguchi.katsudo.news.domain;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.Like;
import jp.yamaguchi.katsudo.news.NewsKind;
import org.springframework.data.jpa.domain.Specification;

/**
 * The admin list's filters and order.
 *
 * @param site only this site, or null
 * @param kind only this kind, or null
 * @param state only this review state, or null
 * @param words words that must all occur in the title (case-insensitive), or blank
 * @param sort the column to order by, one of {@link #SORTABLE} ({@link #BY_DATE} otherwise)
 * @param ascending the direction
 */
public record NewsSearch(
    Site site, NewsKind kind, ReviewState state, String words, String sort, boolean ascending) {

  public static final String BY_DATE = "publishedOn";
  public static final String BY_TITLE = "title";
  public static final String BY_STATE = "state";
  public static final String BY_UPDATED = "updatedAt";

  /**
   * The sortable columns, named like the entity's properties; the state sorts in workflow order,
   * not alphabetically.
   */
  public static final List<String> SORTABLE = List.of(BY_DATE, BY_TITLE, BY_STATE, BY_UPDATED);

  Specification<NewsItem> specification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (site != null) where.add(cb.equal(root.get("site"), site));
      if (kind != null) where.add(cb.equal(root.get("kind"), kind));
      if (state != null) where.add(cb.equal(root.get("review").get("state"), state));
      if (words != null) {
        for (String w : words.strip().split("[\\s\u3000]+")) {
          if (w.isEmpty()) continue;
          where.add(cb.like(cb.lower(root.get("title")), Like.containsLower(w), Like.ESCAPE));
        }
      }
      if (query != null && !Long.class.equals(query.getResultType())) {
        Expression<?> key =
            switch (sort == null ? BY_DATE : sort) {
              case BY_TITLE -> root.get("title");
              case BY_UPDATED -> root.get("updatedAt");
              case BY_STATE -> stateOrder(root.get("review").get("state"), cb);
              default -> root.get("publishedOn");
            };
        var id = root.get("id");
        query.orderBy(ascending ? cb.asc(key) : cb.desc(key), ascending ? cb.asc(id) : cb.desc(id));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /** States in workflow order (下書き, 審査中, 差し戻し, 公開, 非公開), not alphabetically. */
  private static Expression<Integer> stateOrder(
      jakarta.persistence.criteria.Path<Object> state,
      jakarta.persistence.criteria.CriteriaBuilder cb) {
    var c = cb.<Integer>selectCase();
    c.when(cb.equal(state, ReviewState.DRAFT), 0);
    c.when(cb.equal(state, ReviewState.PENDING), 1);
    c.when(cb.equal(state, ReviewState.RETURNED), 2);
    c.when(cb.equal(state, ReviewState.PUBLISHED), 3);
    return c.otherwise(4);
  }
}
