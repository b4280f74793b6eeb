package jp.yamaguchi.katsudo.book.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.hibernate.envers.Audited;

/**
 * One book of the center's catalogue. Values are checked by {@link BookRules} before they reach it;
 * every change is kept by Envers ({@code book_aud}).
 */
@Entity
@Table(name = "book")
@Audited
public class Book {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "receipt_number", nullable = false, length = BookRules.MAX_RECEIPT)
  private String receiptNumber;

  @Column(nullable = false, length = BookRules.MAX_TITLE)
  private String title;

  @Column(length = BookRules.MAX_AUTHORS)
  private String authors;

  @Column(length = BookRules.MAX_PUBLISHER)
  private String publisher;

  @Column(name = "published_text", length = BookRules.MAX_PUBLISHED)
  private String publishedText;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  private String description;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private long version;

  protected Book() {}

  Book(BookValues values, String by, Instant at) {
    this.createdAt = at;
    this.createdBy = by;
    apply(values, by, at);
  }

  /** Takes the values; returns whether anything changed (the update time moves only then). */
  boolean apply(BookValues v, String by, Instant at) {
    boolean changed = !sameAs(v);
    receiptNumber = v.receiptNumber();
    title = v.title();
    authors = v.authors();
    publisher = v.publisher();
    publishedText = v.publishedText();
    publishedOn = v.publishedOn();
    description = v.description();
    if (changed || updatedAt == null) {
      updatedAt = at;
      updatedBy = by;
    }
    return changed;
  }

  /** Whether the book already holds exactly these values. */
  boolean sameAs(BookValues v) {
    return Objects.equals(receiptNumber, v.receiptNumber())
        && Objects.equals(title, v.title())
        && Objects.equals(authors, v.authors())
        && Objects.equals(publisher, v.publisher())
        && Objects.equals(publishedText, v.publishedText())
        && Objects.equals(description, v.description());
  }

  /** Its public page. */
  public String publicPath() {
    return "/books/" + id;
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

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public String getTitle() {
    return title;
  }

  public String getAuthors() {
    return authors;
  }

  public String getPublisher() {
    return publisher;
  }

  public String getPublishedText() {
    return publishedText;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public String getDescription() {
    return description;
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
