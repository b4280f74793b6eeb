package jp.yamaguchi.katsudo.grant.domain;

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
import jp.yamaguchi.katsudo.grant.GrantStatus;
import org.hibernate.envers.Audited;

/**
 * One grant call (助成). Its review state is the embedded {@link Review}; its 募集中 / 締切間近 / 募集終了 is
 * computed ({@link #status}). A grant posted by the public keeps the submitter's name and address
 * (encrypted) to tell them when it is published or sent back. Every change is kept by Envers.
 */
@Entity
@Table(name = "grant_item")
@Audited
public class Grant implements Reviewable {

  /** The content type key in the review log, events and schedules. */
  public static final String CONTENT_TYPE = "grant";

  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 10_000;
  public static final int MAX_ATTACHMENTS = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String organizer;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false, length = 1000)
  private String fields = "";

  @Column(length = 40)
  private String area;

  private String purpose;

  @Column(name = "amount_text", length = 500)
  private String amountText;

  @Column(name = "amount_max")
  private Long amountMax;

  @Column(name = "target_projects")
  private String targetProjects;

  private String eligibility;

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(name = "application_method")
  private String applicationMethod;

  @Column(name = "contact_name", length = 200)
  private String contactName;

  @Column(name = "contact_postal_code", length = 10)
  private String contactPostalCode;

  @Column(name = "contact_address", length = 300)
  private String contactAddress;

  @Column(name = "contact_phone", length = 30)
  private String contactPhone;

  @Column(name = "contact_fax", length = 30)
  private String contactFax;

  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  @Column(length = 500)
  private String url;

  @Column(name = "attachment_ids", nullable = false, length = 500)
  private String attachmentIds = "";

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

  protected Grant() {}

  Grant(Origin origin, String by, Instant at) {
    this.origin = origin;
    this.createdAt = at;
    this.createdBy = by;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  Grant(Origin origin, String by, Instant at, Review review) {
    this(origin, by, at);
    this.review = review;
  }

  void change(GrantContent c, String by, Instant at) {
    this.organizer = c.organizer();
    this.title = c.title();
    this.fields = IdList.codes(c.fields());
    this.area = c.area();
    this.purpose = c.purpose();
    this.amountText = c.amountText();
    this.amountMax = c.amountMax();
    this.targetProjects = c.targetProjects();
    this.eligibility = c.eligibility();
    this.periodFrom = c.periodFrom();
    this.periodTo = c.periodTo();
    this.applicationMethod = c.applicationMethod();
    this.contactName = c.contactName();
    this.contactPostalCode = c.contactPostalCode();
    this.contactAddress = c.contactAddress();
    this.contactPhone = c.contactPhone();
    this.contactFax = c.contactFax();
    this.contactEmail = c.contactEmail();
    this.url = c.url();
    this.attachmentIds = IdList.ids(c.attachmentIds());
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

  /** The content as entered, e.g. to fill the edit form or copy it. */
  public GrantContent content() {
    return new GrantContent(
        organizer,
        title,
        getFieldCodes(),
        area,
        purpose,
        amountText,
        amountMax,
        targetProjects,
        eligibility,
        periodFrom,
        periodTo,
        applicationMethod,
        contactName,
        contactPostalCode,
        contactAddress,
        contactPhone,
        contactFax,
        contactEmail,
        url,
        getAttachmentIdList());
  }

  /** 募集中 / 締切間近 / 募集終了 (or 募集開始前) on {@code today}. */
  public GrantStatus status(LocalDate today, int closingDays) {
    return GrantStatus.of(periodFrom, periodTo, today, closingDays);
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

  /** Staff publish a public posting only once it was submitted (confirmed by mail). */
  @Override
  public boolean publishableFromDraft() {
    return origin == Origin.STAFF;
  }

  /** A public posting whose submitter has not confirmed the mail address yet. */
  public boolean isUnconfirmedPosting() {
    return origin == Origin.PUBLIC && confirmedAt == null;
  }

  public String publicPath() {
    return "/grants/" + id;
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

  public String getOrganizer() {
    return organizer;
  }

  public String getTitle() {
    return title;
  }

  public List<String> getFieldCodes() {
    return IdList.codes(fields);
  }

  public String getArea() {
    return area;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getAmountText() {
    return amountText;
  }

  public Long getAmountMax() {
    return amountMax;
  }

  public String getTargetProjects() {
    return targetProjects;
  }

  public String getEligibility() {
    return eligibility;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public String getApplicationMethod() {
    return applicationMethod;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactPostalCode() {
    return contactPostalCode;
  }

  public String getContactAddress() {
    return contactAddress;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getContactFax() {
    return contactFax;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getUrl() {
    return url;
  }

  public List<Long> getAttachmentIdList() {
    return IdList.ids(attachmentIds);
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
