package jp.yamaguchi.katsudo.news.web;

import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsSearch;
import org.springframework.web.util.UriComponentsBuilder;

/** The admin list's query parameters: filters, order and page. */
public class NewsFilter {

  private Site site;
  private NewsKind kind;
  private ReviewState state;
  private String q;
  private NewsSearch.Sort sort;
  private String dir;
  private int page;

  NewsSearch search() {
    return new NewsSearch(site, kind, state, q, sortOrDefault(), ascending());
  }

  public NewsSearch.Sort sortOrDefault() {
    return sort == null ? NewsSearch.Sort.DATE : sort;
  }

  public boolean ascending() {
    return "asc".equals(dir);
  }

  /** The list URL with these filters, ending so that {@code page=n} can be appended. */
  public String pageBase() {
    return query(sortOrDefault(), ascending()).toUriString() + "&";
  }

  /** The list URL ordered by a column: the other direction when it is the current column. */
  public String sortUrl(String column) {
    NewsSearch.Sort s = NewsSearch.Sort.valueOf(column);
    boolean asc = s == sortOrDefault() ? !ascending() : s == NewsSearch.Sort.TITLE;
    return query(s, asc).toUriString();
  }

  /** The aria-sort value of a column header: ascending, descending or null. */
  public String ariaSort(String column) {
    if (NewsSearch.Sort.valueOf(column) != sortOrDefault()) return null;
    return ascending() ? "ascending" : "descending";
  }

  private UriComponentsBuilder query(NewsSearch.Sort s, boolean asc) {
    var b = UriComponentsBuilder.fromPath("/admin/news");
    if (site != null) b.queryParam("site", site.name());
    if (kind != null) b.queryParam("kind", kind.name());
    if (state != null) b.queryParam("state", state.name());
    if (q != null && !q.isBlank()) b.queryParam("q", q.strip());
    b.queryParam("sort", s.name());
    b.queryParam("dir", asc ? "asc" : "desc");
    return b.encode();
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

  public NewsSearch.Sort getSort() {
    return sort;
  }

  public void setSort(NewsSearch.Sort sort) {
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
