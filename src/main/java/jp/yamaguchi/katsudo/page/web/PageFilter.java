package jp.yamaguchi.katsudo.page.web;

import jakarta.persistence.criteria.Predicate;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.Like;
import jp.yamaguchi.katsudo.page.PageState;
import jp.yamaguchi.katsudo.page.domain.Page;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filter bar of the page list (bound from the query string): site, state and a free word
 * matched against the working title, the published title and the path. Unknown values are ignored.
 */
public class PageFilter {

  private String site = "";
  private String state = "";
  private String q = "";

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site == null ? "" : site;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state == null ? "" : state;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? "" : q.strip();
  }

  Site siteOrNull() {
    for (Site s : Site.values()) if (s.name().equals(site)) return s;
    return null;
  }

  PageState stateOrNull() {
    for (PageState s : PageState.values()) if (s.name().equals(state)) return s;
    return null;
  }

  /** Drops values that are not choices, so the form shows what is really applied. */
  PageFilter normalized() {
    if (siteOrNull() == null) site = "";
    if (stateOrNull() == null) state = "";
    return this;
  }

  Specification<Page> specification() {
    Site s = siteOrNull();
    PageState st = stateOrNull();
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (s != null) where.add(cb.equal(root.get("site"), s));
      if (st != null) where.add(cb.equal(root.get("state"), st));
      if (!q.isEmpty()) {
        String like = Like.containsLower(q);
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("title")), like, Like.ESCAPE),
                cb.like(cb.lower(root.get("path")), like, Like.ESCAPE),
                cb.like(cb.lower(root.get("publishedTitle")), like, Like.ESCAPE)));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /**
   * The list URL with these filters, always ending with {@code ?} or {@code &} (for sort links).
   */
  String baseUrl(String path) {
    StringBuilder url = new StringBuilder(path).append('?');
    if (siteOrNull() != null) url.append("site=").append(site).append('&');
    if (stateOrNull() != null) url.append("state=").append(state).append('&');
    if (!q.isEmpty())
      url.append("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append('&');
    return url.toString();
  }
}
