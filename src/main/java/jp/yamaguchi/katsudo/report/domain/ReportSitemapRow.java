package jp.yamaguchi.katsudo.report.domain;

import java.time.Instant;

/** A published report as the sitemap lists it. */
public record ReportSitemapRow(long id, String title, Instant updatedAt) {
  public String path() {
    return "/reports/" + id;
  }
}
