package jp.yamaguchi.katsudo.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.review.Review;
import jp.yamaguchi.katsudo.core.review.Reviewable;
import org.hibernate.envers.Audited;

/**
 * One さぽ～とメール issue: its number, title and the plain text as mailed. Its review state is the
 * embedded {@link Review}; every change is kept by Envers ({@code newsletter_issue_aud}).
 */
@Entity
@Table(name = "newsletter_issue")
@Audited
public class Issue implements Reviewable {

  /** The content type key in the review log and in events. */
  public static final String CONTENT_TYPE = "supportmail";

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 100_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "issue_number", nullable = false)
  private int issueNumber;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "published_on", nullable = false)
  private LocalDate publishedOn;

  @Column(name = "legacy_id")
  private Long legacyId;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Embedded private Review review = new Review();

  @Column(nullable = false, length = 100)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private long version;

  protected Issue() {}

  Issue(String author, Instant at) {
    this.author = author;
    this.createdAt = at;
    this.createdBy = author;
    this.updatedAt = at;
    this.updatedBy = author;
  }

  Issue(String author, Instant at, Review review, Long legacyId) {
    this(author, at);
    this.review = review;
    this.legacyId = legacyId;
  }

  void change(
      int issueNumber, String title, String body, LocalDate publishedOn, String by, Instant at) {
    this.issueNumber = issueNumber;
    this.title = title;
    this.body = body;
    this.publishedOn = publishedOn;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  void touch(String by, Instant at) {
    this.updatedAt = at;
    this.updatedBy = by;
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

  /** Its public page (shown only while published). */
  public String publicPath() {
    return "/supportmail/" + id;
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

  public int getIssueNumber() {
    return issueNumber;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public Long getLegacyId() {
    return legacyId;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Review getReview() {
    return review;
  }

  public String getAuthor() {
    return author;
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
