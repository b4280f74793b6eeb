package jp.yamaguchi.katsudo.core.settings;

import jp.yamaguchi.katsudo.core.site.Site;

/** Read-only site settings as the page shell uses them. */
public record SiteSettingView(
    Site site,
    String ga4MeasurementId,
    String facebookUrl,
    String xUrl,
    String instagramUrl,
    String lineUrl,
    String youtubeUrl,
    String contactName,
    String contactPostalCode,
    String contactAddress,
    String contactPhone,
    String contactFax,
    String contactEmail,
    String contactHours) {

  public boolean analyticsEnabled() {
    return ga4MeasurementId != null && !ga4MeasurementId.isBlank();
  }

  public boolean hasSns() {
    return notBlank(facebookUrl)
        || notBlank(xUrl)
        || notBlank(instagramUrl)
        || notBlank(lineUrl)
        || notBlank(youtubeUrl);
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
