package jp.yamaguchi.katsudo.news.web;

import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.ListSorting;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsSearch;
import org.springframework.web.util.UriComponentsBuilder;

/** The admin list's query parameters: filters, order ({@code sort}, {@code dir}) and page. */
public class NewsFilter {

  static final String BASE = "/admin/news";

  private Site site;
  private NewsKind kind;
  private ReviewState state;
  private String q;
  private String sort;
  private String dir;
  private int page;

  /** The order asked for, limited to the sortable columns; newest date first by default. */
  ListSorting sorting() {
    return ListSorting.of(sort, dir, NewsSearch.SORTABLE, NewsSearch.BY_DATE, false);
  }

  NewsSearch search() {
    ListSorting sorting = sorting();
    return new NewsSearch(site, kind, state, q, sorting.property(), sorting.ascending());
  }

  /** The list URL with these filters (no order, no page), ending with {@code ?} or {@code &}. */
  String filterBase() {
    var b = UriComponentsBuilder.fromPath(BASE);
    if (site != null) b.queryParam("site", site.name());
    if (kind != null) b.queryParam("kind", kind.name());
    if (state != null) b.queryParam("state", state.name());
    if (q != null && !q.isBlank()) b.queryParam("q", q.strip());
    String url = b.encode().toUriString();
    return url + (url.contains("?") ? "&" : "?");
  }

  /** The list URL with these filters and order, ending so that {@code page=n} can be appended. */
  String pageBase() {
    return filterBase() + sorting().query();
  }

  public Site getSite() {
    return site;
  }

  public void setSite(Site site) {
    this.site = site;
  }

  public NewsKind getKind() {
    return kind;
  }

  public void setKind(NewsKind kind) {
    this.kind = kind;
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
