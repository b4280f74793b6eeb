package jp.yamaguchi.katsudo.home.web;

import java.time.LocalDate;
import jp.yamaguchi.katsudo.home.domain.HomeBanner;
import jp.yamaguchi.katsudo.home.domain.HomeEditing;
import org.springframework.format.annotation.DateTimeFormat;

/** A banner as staff type it. */
public class BannerForm {

  private Long mediaId;
  private String altText;
  private String linkUrl;
  private Integer sortOrder;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate startsOn;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate endsOn;

  private Long version;

  static BannerForm of(HomeBanner b) {
    BannerForm f = new BannerForm();
    f.mediaId = b.getMediaId();
    f.altText = b.getAltText();
    f.linkUrl = b.getLinkUrl();
    f.sortOrder = b.getSortOrder();
    f.startsOn = b.getStartsOn();
    f.endsOn = b.getEndsOn();
    f.version = b.getVersion();
    return f;
  }

  HomeEditing.BannerInput input() {
    return new HomeEditing.BannerInput(mediaId, altText, linkUrl, sortOrder, startsOn, endsOn);
  }

  public Long getMediaId() {
    return mediaId;
  }

  public void setMediaId(Long mediaId) {
    this.mediaId = mediaId;
  }

  public String getAltText() {
    return altText;
  }

  public void setAltText(String altText) {
    this.altText = altText;
  }

  public String getLinkUrl() {
    return linkUrl;
  }

  public void setLinkUrl(String linkUrl) {
    this.linkUrl = linkUrl;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
