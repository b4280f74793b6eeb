package jp.yamaguchi.katsudo.grant.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.web.Like;
import org.springframework.data.jpa.domain.Specification;

/**
 * The public search of published grants. Calls still open (deadline today or later) come first,
 * nearest deadline first; closed ones follow, latest deadline first.
 *
 * @param field an activity field code (ACTIVITY_FIELD), or null
 * @param area a target area code (TARGET_AREA), or null
 * @param amountAtLeast only grants whose upper amount is at least this many yen, or null
 * @param deadlineFrom only deadlines on or after this day, or null
 * @param deadlineTo only deadlines on or before this day, or null
 * @param words words that must all occur in the name, organizer, purpose or target projects
 * @param openOnly only calls still accepting or about to (deadline today or later)
 * @param today the day "open" is measured against
 */
public record PublicGrantSearch(
    String field,
    String area,
    Long amountAtLeast,
    LocalDate deadlineFrom,
    LocalDate deadlineTo,
    String words,
    boolean openOnly,
    LocalDate today) {

  Specification<Grant> specification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.equal(root.get("review").get("state"), ReviewState.PUBLISHED));
      if (field != null && !field.isBlank()) {
        where.add(
            cb.like(root.get("fields"), "%" + Like.escape("," + field + ",") + "%", Like.ESCAPE));
      }
      if (area != null && !area.isBlank()) where.add(cb.equal(root.get("area"), area));
      if (amountAtLeast != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("amountMax"), amountAtLeast));
      }
      if (deadlineFrom != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("periodTo"), deadlineFrom));
      }
      if (deadlineTo != null) where.add(cb.lessThanOrEqualTo(root.get("periodTo"), deadlineTo));
      if (openOnly) where.add(cb.greaterThanOrEqualTo(root.get("periodTo"), today));
      GrantSearch.words(where, root, cb, words, "title", "organizer", "purpose", "targetProjects");
      if (query != null && !Long.class.equals(query.getResultType())) {
        var open = cb.<Integer>selectCase();
        open.when(cb.greaterThanOrEqualTo(root.get("periodTo"), today), 0);
        var closedFlag = open.otherwise(1);
        // within the open group every row has a key, within the closed group none: the NULL
        // ordering of the database never matters
        var openDeadline = cb.<LocalDate>selectCase();
        openDeadline.when(
            cb.greaterThanOrEqualTo(root.get("periodTo"), today), root.<LocalDate>get("periodTo"));
        query.orderBy(
            cb.asc(closedFlag),
            cb.asc(openDeadline.otherwise(cb.nullLiteral(LocalDate.class))),
            cb.desc(root.get("periodTo")),
            cb.desc(root.get("id")));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
