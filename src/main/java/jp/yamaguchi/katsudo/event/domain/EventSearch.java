package jp.yamaguchi.katsudo.event.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.web.Like;
import jp.yamaguchi.katsudo.event.EventKind;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the public search and the admin list.
 *
 * @param kind only this kind, or null
 * @param field only events with this activity field code, or null
 * @param area only events with this target area code, or null
 * @param municipality only events in this municipality code, or null
 * @param from only events that end on or after this day, or null
 * @param to only events that start on or before this day, or null
 * @param words words that must all occur in the title, organiser, venue or body, or blank
 */
public record EventSearch(
    EventKind kind,
    String field,
    String area,
    String municipality,
    LocalDate from,
    LocalDate to,
    String words) {

  /** Longest free-word query taken into account. */
  public static final int MAX_WORDS = 100;

  public static EventSearch all() {
    return new EventSearch(null, null, null, null, null, null, null);
  }

  public boolean isEmpty() {
    return kind == null
        && blank(field)
        && blank(area)
        && blank(municipality)
        && from == null
        && to == null
        && blank(words);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  List<Predicate> predicates(Root<EventItem> root, CriteriaBuilder cb) {
    List<Predicate> where = new ArrayList<>();
    if (kind != null) where.add(cb.equal(root.get("kind"), kind));
    if (!blank(field)) {
      where.add(
          cb.like(
              root.get("fields"), "%" + Like.escape("," + field.strip() + ",") + "%", Like.ESCAPE));
    }
    if (!blank(area)) where.add(cb.equal(root.get("targetArea"), area.strip()));
    if (!blank(municipality)) {
      where.add(
          cb.like(
              root.get("municipalities"),
              "%" + Like.escape("," + municipality.strip() + ",") + "%",
              Like.ESCAPE));
    }
    if (from != null) where.add(cb.greaterThanOrEqualTo(root.get("endDate"), from));
    if (to != null) where.add(cb.lessThanOrEqualTo(root.get("startDate"), to));
    if (!blank(words)) {
      String w = words.strip();
      if (w.length() > MAX_WORDS) w = w.substring(0, MAX_WORDS);
      for (String word : w.split("[\\s\u3000]+")) {
        if (word.isEmpty()) continue;
        String like = Like.containsLower(word);
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("title")), like, Like.ESCAPE),
                cb.like(cb.lower(root.get("organiser")), like, Like.ESCAPE),
                cb.like(cb.lower(root.get("venue")), like, Like.ESCAPE),
                cb.like(cb.lower(root.<String>get("body")), like, Like.ESCAPE)));
      }
    }
    return where;
  }

  /** Published events matching, upcoming ones (not ended before today) first by start date. */
  Specification<EventItem> upcoming(LocalDate today) {
    return (root, query, cb) -> {
      List<Predicate> where = predicates(root, cb);
      where.add(cb.equal(root.get("review").get("state"), ReviewState.PUBLISHED));
      where.add(cb.greaterThanOrEqualTo(root.get("endDate"), today));
      if (query != null && !Long.class.equals(query.getResultType())) {
        query.orderBy(
            cb.asc(root.get("startDate")), cb.asc(root.get("startTime")), cb.asc(root.get("id")));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /** Published events matching that ended before today, the most recent first. */
  Specification<EventItem> archived(LocalDate today) {
    return (root, query, cb) -> {
      List<Predicate> where = predicates(root, cb);
      where.add(cb.equal(root.get("review").get("state"), ReviewState.PUBLISHED));
      where.add(cb.lessThan(root.get("endDate"), today));
      if (query != null && !Long.class.equals(query.getResultType())) {
        query.orderBy(cb.desc(root.get("endDate")), cb.desc(root.get("id")));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /**
   * The admin list: any state (or one), without unconfirmed public postings unless asked for,
   * newest change first.
   */
  Specification<EventItem> admin(ReviewState state, boolean unconfirmed, String sort, boolean asc) {
    return (root, query, cb) -> {
      List<Predicate> where = predicates(root, cb);
      if (state != null) where.add(cb.equal(root.get("review").get("state"), state));
      Predicate unconfirmedPosting =
          cb.and(
              cb.equal(root.get("origin"), EventOrigin.PUBLIC),
              cb.equal(root.get("review").get("state"), ReviewState.DRAFT));
      where.add(unconfirmed ? unconfirmedPosting : cb.not(unconfirmedPosting));
      if (query != null && !Long.class.equals(query.getResultType())) {
        Expression<?> key =
            switch (sort == null ? BY_UPDATED : sort) {
              case BY_TITLE -> root.get("title");
              case BY_START -> root.get("startDate");
              case BY_STATE -> stateOrder(root.get("review").get("state"), cb);
              default -> root.get("updatedAt");
            };
        var id = root.get("id");
        query.orderBy(asc ? cb.asc(key) : cb.desc(key), asc ? cb.asc(id) : cb.desc(id));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  public static final String BY_UPDATED = "updatedAt";
  public static final String BY_TITLE = "title";
  public static final String BY_START = "startDate";
  public static final String BY_STATE = "state";
  public static final List<String> SORTABLE = List.of(BY_UPDATED, BY_TITLE, BY_START, BY_STATE);

  private static Expression<Integer> stateOrder(Path<Object> state, CriteriaBuilder cb) {
    var c = cb.<Integer>selectCase();
    c.when(cb.equal(state, ReviewState.DRAFT), 0);
    c.when(cb.equal(state, ReviewState.PENDING), 1);
    c.when(cb.equal(state, ReviewState.RETURNED), 2);
    c.when(cb.equal(state, ReviewState.PUBLISHED), 3);
    return c.otherwise(4);
  }
}
