package jp.yamaguchi.katsudo.grant.domain;

import java.time.Instant;

/** A published grant as the sitemap lists it. */
public record GrantSitemapRow(long id, String title, Instant updatedAt) {
  public String path() {
    return "/grants/" + id;
  }
}
