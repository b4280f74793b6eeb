package jp.yamaguchi.katsudo.news;

import jp.yamaguchi.katsudo.core.site.Site;

/** The two kinds of news: お知らせ (both sites) and センターからのお知らせ (Supernet only). */
public enum NewsKind {
  /** お知らせ: on both sites, at {@code /news} and {@code /aikasanet/news}. */
  NEWS("news"),
  /** センターからのお知らせ: Supernet only, at {@code /center-news}. */
  CENTER_NEWS("center-news");

  private final String slug;

  NewsKind(String slug) {
    this.slug = slug;
  }

  /** Whether items of this kind may be posted to the site. */
  public boolean allowedOn(Site site) {
    return this == NEWS || site == Site.SUPERNET;
  }

  /** The message key of the Japanese label, e.g. 「センターからのお知らせ」. */
  public String messageKey() {
    return "news.kind." + name();
  }

  /** The public list of this kind on the site, e.g. {@code /aikasanet/news}. */
  public String listPath(Site site) {
    return site.path(slug);
  }

  /** The public page of one item, e.g. {@code /center-news/12}. */
  public String detailPath(Site site, long id) {
    return site.path(slug + "/" + id);
  }
}
