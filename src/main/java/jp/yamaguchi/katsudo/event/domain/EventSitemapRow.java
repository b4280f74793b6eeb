package jp.yamaguchi.katsudo.event.domain;

import java.time.Instant;

/** A published event for the sitemap. */
public record EventSitemapRow(long id, String title, Instant updatedAt) {

  public String path() {
    return "/events/" + id;
  }
}
