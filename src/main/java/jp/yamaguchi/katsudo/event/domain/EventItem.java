package jp.yamaguchi.katsudo.event.domain;

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
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.crypto.EncryptedString;
import jp.yamaguchi.katsudo.core.review.Review;
import jp.yamaguchi.katsudo.core.review.Reviewable;
import jp.yamaguchi.katsudo.event.EventKind;
import org.hibernate.envers.Audited;

/**
 * One イベント・募集. Its review state is the embedded {@link Review}, changed only through the review
 * workflow; every change is kept by Envers ({@code event_item_aud}). The submitter's name and
 * address of a public posting are encrypted at rest.
 */
@Entity
@Table(name = "event_item")
@Audited
public class EventItem implements Reviewable {

  /** The content type key in the review log, events, schedules and the submission confirmation. */
  public static final String CONTENT_TYPE = "event";

  public static final int MAX_TITLE = 200;
  public static final int MAX_ORGANISER = 200;
  public static final int MAX_DATE_TEXT = 200;
  public static final int MAX_VENUE = 300;
  public static final int MAX_SHORT = 300;
  public static final int MAX_URL = 500;
  public static final int MAX_TEXT = 10_000;
  public static final int MAX_ATTACHMENTS = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EventKind kind;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false, length = MAX_ORGANISER)
  private String organiser;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "start_time")
  private LocalTime startTime;

  @Column(name = "end_time")
  private LocalTime endTime;

  @Column(name = "date_text", length = MAX_DATE_TEXT)
  private String dateText;

  @Column(length = MAX_VENUE)
  private String venue;

  private String purpose;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false, length = 1000)
  private String fields = "";

  @Column(name = "target_area", length = 40)
  private String targetArea;

  @Column(nullable = false, length = 1000)
  private String municipalities = "";

  @Column(length = MAX_SHORT)
  private String fee;

  @Column(length = MAX_SHORT)
  private String audience;

  @Column(name = "apply_from")
  private LocalDate applyFrom;

  @Column(name = "apply_to")
  private LocalDate applyTo;

  @Column(name = "apply_method")
  private String applyMethod;

  private String contact;

  private String cosponsors;

  @Column(length = MAX_URL)
  private String url;

  @Column(name = "attachment_ids", nullable = false, length = 500)
  private String attachmentIds = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EventOrigin origin;

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

  protected EventItem() {}

  EventItem(EventOrigin origin, String by, Instant at, Review review) {
    this.origin = origin;
    this.createdAt = at;
    this.createdBy = by;
    this.updatedAt = at;
    this.updatedBy = by;
    if (review != null) this.review = review;
  }

  void change(EventContent c, String by, Instant at) {
    this.kind = c.kind();
    this.title = c.title();
    this.organiser = c.organiser();
    this.organisationId = c.organisationId();
    this.startDate = c.startDate();
    this.endDate = c.endDate();
    this.startTime = c.startTime();
    this.endTime = c.endTime();
    this.dateText = c.dateText();
    this.venue = c.venue();
    this.purpose = c.purpose();
    this.body = c.body();
    this.fields = joinCodes(c.fields());
    this.targetArea = c.targetArea();
    this.municipalities = joinCodes(c.municipalities());
    this.fee = c.fee();
    this.audience = c.audience();
    this.applyFrom = c.applyFrom();
    this.applyTo = c.applyTo();
    this.applyMethod = c.applyMethod();
    this.contact = c.contact();
    this.cosponsors = c.cosponsors();
    this.url = c.url();
    this.attachmentIds =
        c.attachmentIds() == null || c.attachmentIds().isEmpty()
            ? ""
            : c.attachmentIds().stream()
                .map(String::valueOf)
                .collect(Collectors.joining(",", ",", ","));
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

  static String joinCodes(List<String> codes) {
    if (codes == null || codes.isEmpty()) return "";
    return codes.stream().distinct().collect(Collectors.joining(",", ",", ","));
  }

  static List<String> splitCodes(String s) {
    if (s == null || s.isEmpty()) return List.of();
    return Arrays.stream(s.split(",")).filter(x -> !x.isEmpty()).toList();
  }

  /** Everything written about the event, e.g. to fill an edit form or to copy it. */
  public EventContent content() {
    return new EventContent(
        kind,
        title,
        organiser,
        organisationId,
        startDate,
        endDate,
        startTime,
        endTime,
        dateText,
        venue,
        purpose,
        body,
        getFields(),
        targetArea,
        getMunicipalities(),
        fee,
        audience,
        applyFrom,
        applyTo,
        applyMethod,
        contact,
        cosponsors,
        url,
        getAttachmentIds());
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

  /** Public postings are published only after they were submitted (confirmed). */
  @Override
  public boolean publishableFromDraft() {
    return origin == EventOrigin.STAFF;
  }

  /** Whether it has ended before {@code today} (it then belongs to the archive). */
  public boolean endedBefore(LocalDate today) {
    return endDate.isBefore(today);
  }

  /** Whether it takes place (at least partly) on {@code day}. */
  public boolean on(LocalDate day) {
    return !day.isBefore(startDate) && !day.isAfter(endDate);
  }

  public boolean multiDay() {
    return !startDate.equals(endDate);
  }

  public String publicPath() {
    return "/events/" + id;
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

  public EventKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getOrganiser() {
    return organiser;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public String getDateText() {
    return dateText;
  }

  public String getVenue() {
    return venue;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getBody() {
    return body;
  }

  public List<String> getFields() {
    return splitCodes(fields);
  }

  public String getTargetArea() {
    return targetArea;
  }

  public List<String> getMunicipalities() {
    return splitCodes(municipalities);
  }

  public String getFee() {
    return fee;
  }

  public String getAudience() {
    return audience;
  }

  public LocalDate getApplyFrom() {
    return applyFrom;
  }

  public LocalDate getApplyTo() {
    return applyTo;
  }

  public String getApplyMethod() {
    return applyMethod;
  }

  public String getContact() {
    return contact;
  }

  public String getCosponsors() {
    return cosponsors;
  }

  public String getUrl() {
    return url;
  }

  public List<Long> getAttachmentIds() {
    return splitCodes(attachmentIds).stream().map(Long::valueOf).toList();
  }

  public EventOrigin getOrigin() {
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
