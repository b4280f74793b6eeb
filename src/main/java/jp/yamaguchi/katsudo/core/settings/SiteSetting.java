package jp.yamaguchi.katsudo.core.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.yamaguchi.katsudo.core.site.Site;

/** Per-site settings staff edit in the admin: analytics, SNS links and the center's contact. */
@Entity
@Table(name = "site_setting")
public class SiteSetting {

  @Id
  @Enumerated(EnumType.STRING)
  private Site site;

  @Column(name = "ga4_measurement_id")
  private String ga4MeasurementId;

  private String facebookUrl;
  private String xUrl;
  private String instagramUrl;
  private String lineUrl;
  private String youtubeUrl;
  private String contactName;
  private String contactPostalCode;
  private String contactAddress;
  private String contactPhone;
  private String contactFax;
  private String contactEmail;
  private String contactHours;
  private Instant updatedAt;
  private String updatedBy;

  protected SiteSetting() {}

  public SiteSetting(Site site, String contactName, Instant at) {
    this.site = site;
    this.contactName = contactName;
    this.updatedAt = at;
  }

  public Site getSite() {
    return site;
  }

  public String getGa4MeasurementId() {
    return ga4MeasurementId;
  }

  public void setGa4MeasurementId(String ga4MeasurementId) {
    this.ga4MeasurementId = ga4MeasurementId;
  }

  public String getFacebookUrl() {
    return facebookUrl;
  }

  public void setFacebookUrl(String facebookUrl) {
    this.facebookUrl = facebookUrl;
  }

  public String getXUrl() {
    return xUrl;
  }

  public void setXUrl(String xUrl) {
    this.xUrl = xUrl;
  }

  public String getInstagramUrl() {
    return instagramUrl;
  }

  public void setInstagramUrl(String instagramUrl) {
    this.instagramUrl = instagramUrl;
  }

  public String getLineUrl() {
    return lineUrl;
  }

  public void setLineUrl(String lineUrl) {
    this.lineUrl = lineUrl;
  }

  public String getYoutubeUrl() {
    return youtubeUrl;
  }

  public void setYoutubeUrl(String youtubeUrl) {
    this.youtubeUrl = youtubeUrl;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPostalCode() {
    return contactPostalCode;
  }

  public void setContactPostalCode(String contactPostalCode) {
    this.contactPostalCode = contactPostalCode;
  }

  public String getContactAddress() {
    return contactAddress;
  }

  public void setContactAddress(String contactAddress) {
    this.contactAddress = contactAddress;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactFax() {
    return contactFax;
  }

  public void setContactFax(String contactFax) {
    this.contactFax = contactFax;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactHours() {
    return contactHours;
  }

  public void setContactHours(String contactHours) {
    this.contactHours = contactHours;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  /** Trims every text value and stores a blank one as null (the page shell tests non-null). */
  public void normalize() {
    ga4MeasurementId = clean(ga4MeasurementId);
    facebookUrl = clean(facebookUrl);
    xUrl = clean(xUrl);
    instagramUrl = clean(instagramUrl);
    lineUrl = clean(lineUrl);
    youtubeUrl = clean(youtubeUrl);
    contactName = clean(contactName);
    contactPostalCode = clean(contactPostalCode);
    contactAddress = clean(contactAddress);
    contactPhone = clean(contactPhone);
    contactFax = clean(contactFax);
    contactEmail = clean(contactEmail);
    contactHours = clean(contactHours);
  }

  private static String clean(String value) {
    if (value == null) return null;
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  public void touch(String by, Instant at) {
    this.updatedAt = at;
    this.updatedBy = by;
  }

  /** A detached, immutable view for templates and the page shell. */
  public SiteSettingView view() {
    return new SiteSettingView(
        site,
        ga4MeasurementId,
        facebookUrl,
        xUrl,
        instagramUrl,
        lineUrl,
        youtubeUrl,
        contactName,
        contactPostalCode,
        contactAddress,
        contactPhone,
        contactFax,
        contactEmail,
        contactHours);
  }
}
