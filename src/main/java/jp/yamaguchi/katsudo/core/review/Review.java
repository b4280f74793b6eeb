package jp.yamaguchi.katsudo.core.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The review state of one item, embedded in its entity. Only {@link ReviewWorkflow} changes it, so
 * every change is checked against {@link ReviewAction} and written to the review log.
 *
 * <p>Columns: {@code review_state, submitted_at, submitted_by, reviewed_at, reviewed_by,
 * return_reason, first_published_at} (see the package documentation for their SQL types).
 */
@Embeddable
public class Review {

  /** Longest reason or comment the log and the entity keep. */
  public static final int MAX_REASON = 2000;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_state", nullable = false, length = 20)
  private ReviewState state = ReviewState.DRAFT;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "return_reason", length = MAX_REASON)
  private String returnReason;

  @Column(name = "first_published_at")
  private Instant firstPublishedAt;

  /** A new item: a draft. */
  public Review() {}

  /**
   * An item brought in as it was elsewhere (demo data, the legacy migration): its state is taken as
   * given; {@link ReviewWorkflow#imported} records that in the history.
   */
  public static Review imported(ReviewState state, Instant at, String by, String returnReason) {
    Review r = new Review();
    r.state = state;
    if (state != ReviewState.DRAFT) {
      r.submittedAt = at;
      r.submittedBy = by;
    }
    if (state == ReviewState.PUBLISHED
        || state == ReviewState.PRIVATE
        || state == ReviewState.RETURNED) {
      r.reviewedAt = at;
      r.reviewedBy = by;
    }
    if (state == ReviewState.PUBLISHED || state == ReviewState.PRIVATE) {
      r.firstPublishedAt = at;
    }
    if (state == ReviewState.RETURNED) r.returnReason = returnReason;
    return r;
  }

  void apply(ReviewAction action, String actor, String reason, Instant at) {
    switch (action) {
      case SUBMIT -> {
        submittedAt = at;
        submittedBy = actor;
        returnReason = null;
      }
      case PUBLISH -> {
        reviewedAt = at;
        reviewedBy = actor;
        returnReason = null;
        if (firstPublishedAt == null) firstPublishedAt = at;
      }
      case SEND_BACK -> {
        reviewedAt = at;
        reviewedBy = actor;
        returnReason = reason;
      }
      case UNPUBLISH, WITHDRAW -> returnReason = null;
    }
    state = action.target();
  }

  public ReviewState state() {
    return state;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  /** Why it was sent back; only while it is {@link ReviewState#RETURNED}. */
  public String returnReason() {
    return returnReason;
  }

  public Instant firstPublishedAt() {
    return firstPublishedAt;
  }

  public boolean isPublic() {
    return state.isPublic();
  }
}
