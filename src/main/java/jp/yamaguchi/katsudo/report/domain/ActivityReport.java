package jp.yamaguchi.katsudo.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.crypto.EncryptedString;
import jp.yamaguchi.katsudo.core.review.Review;
import jp.yamaguchi.katsudo.core.review.Reviewable;
import org.hibernate.envers.Audited;

/**
 * One 活動実績・事例. Photos are media library images (their alternative text lives with the image);
 * related groups are free text plus optional organisation ids for directory links. A report posted
 * by the public keeps the submitter's name and address (encrypted). Every change is kept by Envers.
 */
@Entity
@Table(name = "activity_report")
@Audited
public class ActivityReport implements Reviewable {

  public static final String CONTENT_TYPE = "report";
  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 20_000;
  public static final int MAX_PHOTOS = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "org_name", nullable = false, length = 200)
  private String orgName;

  @Column(name = "org_name_kana", length = 200)
  private String orgNameKana;

  @Column(name = "held_on")
  private LocalDate heldOn;

  @Column(name = "held_time", length = 100)
  private String heldTime;

  @Column(length = 200)
  private String place;

  @Column(length = 100)
  private String participants;

  @Column(name = "related_groups")
  private String relatedGroups;

  @Column(name = "related_org_ids", nullable = false, length = 500)
  private String relatedOrgIds = "";

  @Column(length = 500)
  private String url;

  @Column(name = "photo_ids", nullable = false, length = 500)
  private String photoIds = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Origin origin;

  @Convert(converter = EncryptedString.class)
  @Column(name = "submitter_name")
  private String submitterName;

  @Convert(converter = EncryptedString.class)
  @Column(name = "submitter_email")
  private String submitterEmail;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Embedded private Review review = new Review();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private long version;

  protected ActivityReport() {}

  ActivityReport(Origin origin, String by, Instant at) {
    this.origin = origin;
    this.createdAt = at;
    this.createdBy = by;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  ActivityReport(Origin origin, String by, Instant at, Review review) {
    this(origin, by, at);
    this.review = review;
  }

  void change(ReportContent c, String by, Instant at) {
    title = c.title();
    body = c.body();
    orgName = c.orgName();
    orgNameKana = c.orgNameKana();
    heldOn = c.heldOn();
    heldTime = c.heldTime();
    place = c.place();
    participants = c.participants();
    relatedGroups = c.relatedGroups();
    relatedOrgIds = IdList.ids(c.relatedOrgIds());
    url = c.url();
    photoIds = IdList.ids(c.photoIds());
    touch(by, at);
  }

  void submitter(String name, String email) {
    this.submitterName = name;
    this.submitterEmail = email;
  }

  void confirmed(Instant at) {
    this.confirmedAt = at;
  }

  void touch(String by, Instant at) {
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public ReportContent content() {
    return new ReportContent(
        title,
        body,
        orgName,
        orgNameKana,
        heldOn,
        heldTime,
        place,
        participants,
        relatedGroups,
        getRelatedOrgIdList(),
        url,
        getPhotoIdList());
  }

  @Override
  public Review review() {
    return review;
  }

  @Override
  public String reviewContentType() {
    return CONTENT_TYPE;
  }

  @Override
  public Long reviewContentId() {
    return id;
  }

  @Override
  public String reviewTitle() {
    return title;
  }

  @Override
  public boolean publishableFromDraft() {
    return origin == Origin.STAFF;
  }

  public boolean isUnconfirmedPosting() {
    return origin == Origin.PUBLIC && confirmedAt == null;
  }

  public String publicPath() {
    return "/reports/" + id;
  }

  /** The body's lines, shown with line breaks and no markup. */
  public List<String> bodyLines() {
    return body == null ? List.of() : body.lines().toList();
  }

  public LocalDateTime localCreatedAt() {
    return LocalDateTime.ofInstant(createdAt, ClockConfig.ZONE);
  }

  public LocalDateTime localUpdatedAt() {
    return LocalDateTime.ofInstant(updatedAt, ClockConfig.ZONE);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getOrgName() {
    return orgName;
  }

  public String getOrgNameKana() {
    return orgNameKana;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getHeldTime() {
    return heldTime;
  }

  public String getPlace() {
    return place;
  }

  public String getParticipants() {
    return participants;
  }

  public String getRelatedGroups() {
    return relatedGroups;
  }

  public List<Long> getRelatedOrgIdList() {
    return IdList.ids(relatedOrgIds);
  }

  public String getUrl() {
    return url;
  }

  public List<Long> getPhotoIdList() {
    return IdList.ids(photoIds);
  }

  public Origin getOrigin() {
    return origin;
  }

  public String getSubmitterName() {
    return submitterName;
  }

  public String getSubmitterEmail() {
    return submitterEmail;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Review getReview() {
    return review;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
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
}
