package jp.yamaguchi.katsudo.news.domain;

import java.time.Instant;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.NewsKind;

/** A published item as the sitemap lists it. */
public record NewsSitemapRow(long id, Site site, NewsKind kind, String title, Instant updatedAt) {

  public String path() {
    return kind.detailPath(site, id);
  }
}
