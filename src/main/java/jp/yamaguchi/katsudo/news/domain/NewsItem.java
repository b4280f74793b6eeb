package jp.yamaguchi.katsudo.news.domain;

import jakarta.persistence.Column;
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
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.review.Review;
import jp.yamaguchi.katsudo.core.review.Reviewable;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.NewsKind;
import org.hibernate.envers.Audited;

/**
 * One お知らせ or センターからのお知らせ. Its body is HTML sanitized on save; its review state is the embedded
 * {@link Review}, changed only through the review workflow. Every change is kept by Envers ({@code
 * news_item_aud}).
 */
@Entity
@Table(name = "news_item")
@Audited
public class NewsItem implements Reviewable {

  /** The content type key in the review log and in events. */
  public static final String CONTENT_TYPE = "news";

  public static final int MAX_TITLE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Site site;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NewsKind kind;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "published_on", nullable = false)
  private LocalDate publishedOn;

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

  protected NewsItem() {}

  NewsItem(String author, Instant at) {
    this.author = author;
    this.createdAt = at;
    this.createdBy = author;
    this.updatedAt = at;
    this.updatedBy = author;
  }

  NewsItem(String author, Instant at, Review review) {
    this(author, at);
    this.review = review;
  }

  void change(
      Site site,
      NewsKind kind,
      String title,
      String body,
      LocalDate publishedOn,
      String by,
      Instant at) {
    this.site = site;
    this.kind = kind;
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

  /** Whether the public may see it at its site and kind. */
  public boolean isPublicAt(Site site, NewsKind kind) {
    return review.isPublic() && this.site == site && this.kind == kind;
  }

  /** Its public page (shown only while published). */
  public String publicPath() {
    return kind.detailPath(site, id);
  }

  /** When it was created, in Japan time. */
  public LocalDateTime localCreatedAt() {
    return LocalDateTime.ofInstant(createdAt, ClockConfig.ZONE);
  }

  /** When it was last changed, in Japan time. */
  public LocalDateTime localUpdatedAt() {
    return LocalDateTime.ofInstant(updatedAt, ClockConfig.ZONE);
  }

  public Long getId() {
    return id;
  }

  public Site getSite() {
    return site;
  }

  public NewsKind getKind() {
    return kind;
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
