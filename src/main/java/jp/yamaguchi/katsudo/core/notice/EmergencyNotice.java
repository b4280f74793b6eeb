package jp.yamaguchi.katsudo.core.notice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.yamaguchi.katsudo.core.site.Site;

/** 緊急のお知らせ: shown at the top of every page of its site between its start and end. */
@Entity
@Table(name = "emergency_notice")
public class EmergencyNotice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private Site site;

  private String title;
  private String body;
  private Instant startsAt;
  private Instant endsAt;
  private Instant createdAt;
  private Instant updatedAt;
  private String updatedBy;

  protected EmergencyNotice() {}

  public EmergencyNotice(Site site, Instant at) {
    this.site = site;
    this.createdAt = at;
    this.updatedAt = createdAt;
  }

  public boolean activeAt(Instant now) {
    return !startsAt.isAfter(now) && (endsAt == null || endsAt.isAfter(now));
  }

  public NoticeState stateAt(Instant now) {
    if (startsAt.isAfter(now)) return NoticeState.SCHEDULED;
    return endsAt == null || endsAt.isAfter(now) ? NoticeState.ACTIVE : NoticeState.ENDED;
  }

  public void update(
      Site site,
      String title,
      String body,
      Instant startsAt,
      Instant endsAt,
      String by,
      Instant at) {
    this.site = site;
    this.title = title;
    this.body = body;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Site getSite() {
    return site;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
