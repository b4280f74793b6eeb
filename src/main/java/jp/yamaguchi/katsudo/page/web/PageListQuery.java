package jp.yamaguchi.katsudo.page.web;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.page.PageState;
import jp.yamaguchi.katsudo.page.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page list's filters (site, state, free word), sort and page, normalised, with the links the
 * list needs. The default order is the tree order: site, then path.
 */
public record PageListQuery(
    String site, String state, String q, String sort, String dir, int page) {

  static final int PAGE_SIZE = 20;
  static final Set<String> SORTS = Set.of("path", "title", "state", "updatedAt");

  public PageListQuery {
    site = site != null && Set.of("SUPERNET", "AIKASANET").contains(site) ? site : "";
    state =
        state != null && Set.of("DRAFT", "PUBLISHED", "CHANGED", "UNPUBLISHED").contains(state)
            ? state
            : "";
    q = q == null ? "" : q.strip();
    sort = sort != null && SORTS.contains(sort) ? sort : "path";
    dir = "asc".equals(dir) ? "asc" : "desc".equals(dir) ? "desc" : defaultDir(sort);
    page = Math.max(0, page);
  }

  private static String defaultDir(String sort) {
    return sort.equals("updatedAt") ? "desc" : "asc";
  }

  public Pageable pageable() {
    Sort.Direction d = "asc".equals(dir) ? Sort.Direction.ASC : Sort.Direction.DESC;
    Sort order =
        sort.equals("path")
            ? Sort.by(d, "site").and(Sort.by(d, "path"))
            : Sort.by(d, sort).and(Sort.by("site", "path"));
    return PageRequest.of(page, PAGE_SIZE, order.and(Sort.by("id")));
  }

  public Specification<Page> specification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (!site.isEmpty()) where.add(cb.equal(root.get("site"), Site.valueOf(site)));
      if (!state.isEmpty()) where.add(cb.equal(root.get("state"), PageState.valueOf(state)));
      if (!q.isEmpty()) {
        String like =
            "%"
                + q.toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_")
                + "%";
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("title")), like, '\\'),
                cb.like(cb.lower(root.get("path")), like, '\\'),
                cb.like(cb.lower(root.get("publishedTitle")), like, '\\')));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private UriComponentsBuilder base(String sortColumn, String direction) {
    var b = UriComponentsBuilder.fromPath("/admin/pages");
    if (!site.isEmpty()) b.queryParam("site", site);
    if (!state.isEmpty()) b.queryParam("state", state);
    if (!q.isEmpty()) b.queryParam("q", q);
    b.queryParam("sort", sortColumn).queryParam("dir", direction);
    return b;
  }

  public String sortUrl(String column) {
    String next = column.equals(sort) ? ("asc".equals(dir) ? "desc" : "asc") : defaultDir(column);
    return base(column, next).encode().build().toUriString();
  }

  public String ariaSort(String column) {
    if (!column.equals(sort)) return null;
    return "asc".equals(dir) ? "ascending" : "descending";
  }

  public String pageBase() {
    return base(sort, dir).encode().build().toUriString() + "&";
  }
}
