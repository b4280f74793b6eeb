package jp.yamaguchi.katsudo.report.web;

import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.web.ListSorting;
import jp.yamaguchi.katsudo.report.domain.ReportSearch;
import org.springframework.web.util.UriComponentsBuilder;

/** The admin list's query parameters. */
public class ReportFilter {

  private ReviewState state;
  private String q;
  private String sort;
  private String dir;
  private int page;

  ListSorting sorting() {
    return ListSorting.of(sort, dir, ReportSearch.SORTABLE, ReportSearch.BY_UPDATED, false);
  }

  ReportSearch search() {
    ListSorting s = sorting();
    return new ReportSearch(state, q, null, null, s.property(), s.ascending());
  }

  String filterBase() {
    var b = UriComponentsBuilder.fromPath("/admin/reports");
    if (state != null) b.queryParam("state", state.name());
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
