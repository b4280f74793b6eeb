package jp.yamaguchi.katsudo.core.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the review history: who moved which item from which state to which, and why. */
@Entity
@Table(name = "review_log")
class ReviewLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "content_type", nullable = false, length = 40)
  private String contentType;

  @Column(name = "content_id", nullable = false)
  private Long contentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 20)
  private ReviewState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 20)
  private ReviewState toState;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(name = "acted_at", nullable = false)
  private Instant actedAt;

  @Column(length = Review.MAX_REASON)
  private String comment;

  protected ReviewLogEntry() {}

  ReviewLogEntry(
      String contentType,
      Long contentId,
      ReviewState fromState,
      ReviewState toState,
      String actor,
      Instant actedAt,
      String comment) {
    this.contentType = contentType;
    this.contentId = contentId;
    this.fromState = fromState;
    this.toState = toState;
    this.actor = actor;
    this.actedAt = actedAt;
    this.comment = comment;
  }

  ReviewHistory.Entry entry() {
    return new ReviewHistory.Entry(actedAt, actor, fromState, toState, comment);
  }
}
