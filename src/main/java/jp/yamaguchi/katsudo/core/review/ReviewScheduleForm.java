package jp.yamaguchi.katsudo.core.review;

import java.time.Instant;
import java.time.LocalDateTime;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of {@code fragments/review :: schedule}: 公開予定日時 and 公開終了日時 (Japan time, as a {@code
 * datetime-local} input sends them); empty clears the plan.
 */
public class ReviewScheduleForm {

  @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
  private LocalDateTime publishAt;

  @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
  private LocalDateTime unpublishAt;

  /** The form showing an item's current plan. */
  public static ReviewScheduleForm of(ReviewSchedule.Plan plan) {
    ReviewScheduleForm f = new ReviewScheduleForm();
    f.publishAt = plan.localPublishAt();
    f.unpublishAt = plan.localUnpublishAt();
    return f;
  }

  public Instant publishInstant() {
    return publishAt == null ? null : publishAt.atZone(ClockConfig.ZONE).toInstant();
  }

  public Instant unpublishInstant() {
    return unpublishAt == null ? null : unpublishAt.atZone(ClockConfig.ZONE).toInstant();
  }

  public LocalDateTime getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(LocalDateTime publishAt) {
    this.publishAt = publishAt;
  }

  public LocalDateTime getUnpublishAt() {
    return unpublishAt;
  }

  public void setUnpublishAt(LocalDateTime unpublishAt) {
    this.unpublishAt = unpublishAt;
  }
}
