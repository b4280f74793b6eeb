package jp.yamaguchi.katsudo.home.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A banner on Supernet's HOME: an image of the media library, its alternative text (what the link
 * leads to), the link, its position and the days it is shown.
 */
@Entity
@Table(name = "home_banner")
public class HomeBanner {

  public static final int MAX_ALT = 200;
  public static final int MAX_URL = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "media_id", nullable = false)
  private long mediaId;

  @Column(name = "alt_text", nullable = false, length = MAX_ALT)
  private String altText;

  @Column(name = "link_url", nullable = false, length = MAX_URL)
  private String linkUrl;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private long version;

  protected HomeBanner() {}

  HomeBanner(String actor, Instant at) {
    this.createdAt = at;
    this.createdBy = actor;
  }

  void change(
      long mediaId,
      String altText,
      String linkUrl,
      int sortOrder,
      LocalDate startsOn,
      LocalDate endsOn,
      String actor,
      Instant at) {
    this.mediaId = mediaId;
    this.altText = altText;
    this.linkUrl = linkUrl;
    this.sortOrder = sortOrder;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.updatedAt = at;
    this.updatedBy = actor;
  }

  /** Whether the banner is shown on the day. */
  public boolean shownOn(LocalDate day) {
    return (startsOn == null || !day.isBefore(startsOn))
        && (endsOn == null || !day.isAfter(endsOn));
  }

  public Long getId() {
    return id;
  }

  public long getMediaId() {
    return mediaId;
  }

  public String getAltText() {
    return altText;
  }

  public String getLinkUrl() {
    return linkUrl;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }

  /** Whether the link leaves the site (opened as it is, marked for the visitor). */
  public boolean external() {
    return linkUrl.startsWith("http://") || linkUrl.startsWith("https://");
  }
}
