package jp.yamaguchi.katsudo.core.web;

import java.util.List;
import org.springframework.data.domain.Sort;

/**
 * The sort order of an admin list, read from the {@code sort} and {@code dir} query parameters and
 * limited to the columns the list allows. The fragment {@code fragments/sortable :: th(...)} uses
 * it for sortable column headers ({@code .sort-link}, {@code aria-sort} on the {@code th}).
 */
public record ListSorting(String property, boolean ascending) {

  /**
   * @param sort the requested column (ignored unless allowed)
   * @param dir {@code asc} or {@code desc}
   * @param allowed the sortable columns (entity property names)
   * @param fallback the column sorted by default
   * @param fallbackAscending its default direction
   */
  public static ListSorting of(
      String sort, String dir, List<String> allowed, String fallback, boolean fallbackAscending) {
    if (sort == null || !allowed.contains(sort))
      return new ListSorting(fallback, fallbackAscending);
    return new ListSorting(sort, !"desc".equals(dir));
  }

  /** The Spring Data sort, with the id as a stable tie-breaker. */
  public Sort toSort() {
    Sort primary = ascending ? Sort.by(property).ascending() : Sort.by(property).descending();
    return primary.and(Sort.by("id").descending());
  }

  /** The {@code aria-sort} value of a column header: set only on the sorted column. */
  public String ariaSort(String column) {
    if (!column.equals(property)) return null;
    return ascending ? "ascending" : "descending";
  }

  /**
   * The link of a column header: sorts by it, reversing the direction when it is already sorted.
   *
   * @param baseUrl the list URL with its filters, ending with {@code ?} or {@code &}
   */
  public String href(String baseUrl, String column) {
    boolean asc = !column.equals(property) || !ascending;
    return baseUrl + "sort=" + column + "&dir=" + (asc ? "asc" : "desc");
  }

  /** The query-string part that keeps this order, ending with {@code &} (for pagination links). */
  public String query() {
    return "sort=" + property + "&dir=" + (ascending ? "asc" : "desc") + "&";
  }
}
