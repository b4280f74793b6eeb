package jp.yamaguchi.katsudo.media.web;

import java.util.Set;
import jp.yamaguchi.katsudo.media.MediaKind;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The media list's filters, sort and page, normalised (unknown values fall back), with the links
 * the list needs: sort headers and pagination keep every other parameter.
 */
public record MediaListQuery(String kind, String q, String sort, String dir, int page) {

  static final int PAGE_SIZE = 20;
  static final Set<String> SORTS = Set.of("createdAt", "originalName", "sizeBytes", "kind");

  public MediaListQuery {
    kind = kind != null && Set.of("IMAGE", "DOCUMENT").contains(kind) ? kind : "";
    q = q == null ? "" : q.strip();
    sort = sort != null && SORTS.contains(sort) ? sort : "createdAt";
    dir = "asc".equals(dir) ? "asc" : "desc".equals(dir) ? "desc" : defaultDir(sort);
    page = Math.max(0, page);
  }

  private static String defaultDir(String sort) {
    return sort.equals("createdAt") ? "desc" : "asc";
  }

  public MediaKind kindOrNull() {
    return kind.isEmpty() ? null : MediaKind.valueOf(kind);
  }

  public Pageable pageable() {
    Sort order = Sort.by("asc".equals(dir) ? Sort.Direction.ASC : Sort.Direction.DESC, sort);
    return PageRequest.of(page, PAGE_SIZE, order.and(Sort.by(Sort.Direction.DESC, "id")));
  }

  private UriComponentsBuilder base(String sortColumn, String direction) {
    var b = UriComponentsBuilder.fromPath("/admin/media");
    if (!kind.isEmpty()) b.queryParam("kind", kind);
    if (!q.isEmpty()) b.queryParam("q", q);
    b.queryParam("sort", sortColumn).queryParam("dir", direction);
    return b;
  }

  /** The link of a sortable column header: toggles the direction of the current column. */
  public String sortUrl(String column) {
    String next = column.equals(sort) ? ("asc".equals(dir) ? "desc" : "asc") : defaultDir(column);
    return base(column, next).encode().build().toUriString();
  }

  /** The value of {@code aria-sort} for a column header, or null when not sorted by it. */
  public String ariaSort(String column) {
    if (!column.equals(sort)) return null;
    return "asc".equals(dir) ? "ascending" : "descending";
  }

  /** Base URL for the pagination fragment (ends with {@code &}). */
  public String pageBase() {
    return base(sort, dir).encode().build().toUriString() + "&";
  }
}
