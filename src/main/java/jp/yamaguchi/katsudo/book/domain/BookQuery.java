package jp.yamaguchi.katsudo.book.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.web.Like;
import org.springframework.data.jpa.domain.Specification;

/**
 * A search of the catalogue (public and admin). Every given condition must hold; words are matched
 * case-insensitively anywhere in the value, and several words (separated by spaces) must all occur.
 *
 * @param words free words: each in the title, authors, publisher, description or 受付番号
 * @param title words of 書籍名
 * @param authors words of 著者・編集者
 * @param publisher words of 発行所
 * @param yearFrom 発行日 in this year or later (books without a readable date are left out)
 * @param yearTo 発行日 in this year or earlier
 * @param receiptNumber 受付番号, exactly (full-width digits read as half-width)
 * @param sort one of {@link #SORTS}; {@link #BY_RECEIPT_DESC} otherwise
 */
public record BookQuery(
    String words,
    String title,
    String authors,
    String publisher,
    Integer yearFrom,
    Integer yearTo,
    String receiptNumber,
    String sort) {

  public static final String BY_RECEIPT_DESC = "receipt-desc";
  public static final String BY_RECEIPT = "receipt";
  public static final String BY_PUBLISHED_DESC = "published-desc";
  public static final String BY_TITLE = "title";
  public static final String BY_UPDATED_DESC = "updated-desc";

  public static final List<String> SORTS =
      List.of(BY_RECEIPT_DESC, BY_RECEIPT, BY_PUBLISHED_DESC, BY_TITLE, BY_UPDATED_DESC);

  public static BookQuery all() {
    return new BookQuery(null, null, null, null, null, null, null, null);
  }

  /** The same search in another order. */
  public BookQuery withSort(String order) {
    return new BookQuery(words, title, authors, publisher, yearFrom, yearTo, receiptNumber, order);
  }

  Specification<Book> specification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      for (String w : split(words)) {
        String like = Like.containsLower(w);
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("title")), like, Like.ESCAPE),
                cb.like(cb.lower(root.get("authors")), like, Like.ESCAPE),
                cb.like(cb.lower(root.get("publisher")), like, Like.ESCAPE),
                cb.like(cb.lower(root.get("description")), like, Like.ESCAPE),
                cb.like(cb.lower(root.get("receiptNumber")), like, Like.ESCAPE)));
      }
      contains(where, cb, root.get("title"), title);
      contains(where, cb, root.get("authors"), authors);
      contains(where, cb, root.get("publisher"), publisher);
      if (yearFrom != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("publishedOn"), LocalDate.of(yearFrom, 1, 1)));
      }
      if (yearTo != null) {
        where.add(cb.lessThanOrEqualTo(root.get("publishedOn"), LocalDate.of(yearTo, 12, 31)));
      }
      String receipt = BookRules.receiptNumber(receiptNumber);
      if (receipt != null) where.add(cb.equal(root.get("receiptNumber"), receipt));
      if (query != null && !Long.class.equals(query.getResultType())) {
        query.orderBy(order(root, cb));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private List<Order> order(Root<Book> root, CriteriaBuilder cb) {
    Path<Object> receipt = root.get("receiptNumber");
    return switch (sort == null ? BY_RECEIPT_DESC : sort) {
      case BY_RECEIPT -> List.of(cb.asc(receipt));
      case BY_PUBLISHED_DESC ->
          List.of(cb.desc(root.get("publishedOn"), Nulls.LAST), cb.desc(receipt));
      case BY_TITLE -> List.of(cb.asc(root.get("title")), cb.asc(receipt));
      case BY_UPDATED_DESC -> List.of(cb.desc(root.get("updatedAt")), cb.desc(receipt));
      default -> List.of(cb.desc(receipt));
    };
  }

  private static void contains(
      List<Predicate> where, CriteriaBuilder cb, Path<String> path, String value) {
    for (String w : split(value)) {
      where.add(cb.like(cb.lower(path), Like.containsLower(w), Like.ESCAPE));
    }
  }

  /** The words of a search box, separated by spaces (half- or full-width). */
  static List<String> split(String s) {
    if (s == null || s.isBlank()) return List.of();
    return List.of(s.strip().split("[\\s\u3000]+"));
  }
}
