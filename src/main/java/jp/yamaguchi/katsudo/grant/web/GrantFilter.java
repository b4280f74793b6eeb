package jp.yamaguchi.katsudo.grant.web;

import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.web.ListSorting;
import jp.yamaguchi.katsudo.grant.domain.GrantSearch;
import jp.yamaguchi.katsudo.grant.domain.Origin;
import org.springframework.web.util.UriComponentsBuilder;

/** The admin list's query parameters: filters, order ({@code sort}, {@code dir}) and page. */
public class GrantFilter {

  static final String BASE = "/admin/grants";

  private ReviewState state;
  private Origin origin;
  private String q;
  private String sort;
  private String dir;
  private int page;

  ListSorting sorting() {
    return ListSorting.of(sort, dir, GrantSearch.SORTABLE, GrantSearch.BY_UPDATED, false);
  }

  GrantSearch search() {
    ListSorting sorting = sorting();
    return new GrantSearch(state, origin, q, sorting.property(), sorting.ascending());
  }

  String filterBase() {
    var b = UriComponentsBuilder.fromPath(BASE);
    if (state != null) b.queryParam("state", state.name());
    if (origin != null) b.queryParam("origin", origin.name());
    if (q != null && !q.isBlank()) b.queryParam("q", q.strip());
    String url = b.encode().toUriString();
    return url + (url.contains("?") ? "&" : "?");
  }

  String pageBase() {
    return filterBase() + sorting().query();
  }

  public ReviewState getState() {
    return state;
  }

  public void setState(ReviewState state) {
    this.state = state;
  }

  public Origin getOrigin() {
    return origin;
  }

  public void setOrigin(Origin origin) {
    this.origin = origin;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getDir() {
    return dir;
  }

  public void setDir(String dir) {
    this.dir = dir;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
