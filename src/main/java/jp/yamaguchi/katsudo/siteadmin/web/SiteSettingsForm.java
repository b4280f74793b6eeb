package jp.yamaguchi.katsudo.siteadmin.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.yamaguchi.katsudo.core.settings.SiteSetting;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;

/** The site settings form. Blank inputs arrive as null (the controller trims them). */
public class SiteSettingsForm {

  private static final String PHONE = "[0-9()+-]{1,30}";

  @Pattern(regexp = SiteSettings.GA4_ID, message = "{e.settings.ga4.format}")
  private String ga4MeasurementId;

  @Pattern(regexp = SiteSettings.HTTPS_URL, message = "{e.settings.url.https}")
  @Size(max = 500, message = "{e.settings.url.length}")
  private String facebookUrl;

  @Pattern(regexp = SiteSettings.HTTPS_URL, message = "{e.settings.url.https}")
  @Size(max = 500, message = "{e.settings.url.length}")
  private String xUrl;

  @Pattern(regexp = SiteSettings.HTTPS_URL, message = "{e.settings.url.https}")
  @Size(max = 500, message = "{e.settings.url.length}")
  private String instagramUrl;

  @Pattern(regexp = SiteSettings.HTTPS_URL, message = "{e.settings.url.https}")
  @Size(max = 500, message = "{e.settings.url.length}")
  private String lineUrl;

  @Pattern(regexp = SiteSettings.HTTPS_URL, message = "{e.settings.url.https}")
  @Size(max = 500, message = "{e.settings.url.length}")
  private String youtubeUrl;

  @NotBlank(message = "{e.settings.contactName.required}")
  @Size(max = 200, message = "{e.settings.contactName.length}")
  private String contactName;

  @Pattern(regexp = SiteSettings.POSTAL_CODE, message = "{e.settings.postalCode.format}")
  private String contactPostalCode;

  @Size(max = 300, message = "{e.settings.address.length}")
  private String contactAddress;

  @Pattern(regexp = PHONE, message = "{e.settings.phone.format}")
  private String contactPhone;

  @Pattern(regexp = PHONE, message = "{e.settings.fax.format}")
  private String contactFax;

  @Email(message = "{e.settings.email.format}")
  @Size(max = 254, message = "{e.settings.email.format}")
  private String contactEmail;

  @Size(max = 300, message = "{e.settings.hours.length}")
  private String contactHours;

  static SiteSettingsForm of(SiteSetting s) {
    var f = new SiteSettingsForm();
    f.ga4MeasurementId = s.getGa4MeasurementId();
    f.facebookUrl = s.getFacebookUrl();
    f.xUrl = s.getXUrl();
    f.instagramUrl = s.getInstagramUrl();
    f.lineUrl = s.getLineUrl();
    f.youtubeUrl = s.getYoutubeUrl();
    f.contactName = s.getContactName();
    f.contactPostalCode = s.getContactPostalCode();
    f.contactAddress = s.getContactAddress();
    f.contactPhone = s.getContactPhone();
    f.contactFax = s.getContactFax();
    f.contactEmail = s.getContactEmail();
    f.contactHours = s.getContactHours();
    return f;
  }

  void applyTo(SiteSetting s) {
    s.setGa4MeasurementId(ga4MeasurementId);
    s.setFacebookUrl(facebookUrl);
    s.setXUrl(xUrl);
    s.setInstagramUrl(instagramUrl);
    s.setLineUrl(lineUrl);
    s.setYoutubeUrl(youtubeUrl);
    s.setContactName(contactName);
    s.setContactPostalCode(contactPostalCode);
    s.setContactAddress(contactAddress);
    s.setContactPhone(contactPhone);
    s.setContactFax(contactFax);
    s.setContactEmail(contactEmail);
    s.setContactHours(contactHours);
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
}
