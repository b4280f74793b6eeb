package jp.yamaguchi.katsudo.core.review;

import java.util.Arrays;
import java.util.List;

/**
 * Where a reviewable item stands. Labels are the messages {@code review.state.<NAME>}; the allowed
 * moves between states are defined in {@link ReviewAction}.
 */
public enum ReviewState {
  /** 下書き: being written, never seen by the public. */
  DRAFT,
  /** 仮登録（審査中）: submitted, waiting for a staff member's review. */
  PENDING,
  /** 公開: visible to the public. */
  PUBLISHED,
  /** 差し戻し: sent back to its author with a reason; to be fixed and submitted again. */
  RETURNED,
  /** 非公開: was public, taken down by staff; can be published again. */
  PRIVATE;

  /** The message key of this state's Japanese label. */
  public String messageKey() {
    return "review.state." + name();
  }

  /** Whether anonymous visitors may see an item in this state. */
  public boolean isPublic() {
    return this == PUBLISHED;
  }

  /** The actions allowed from this state, in the order the admin shows them. */
  public List<ReviewAction> actions() {
    return Arrays.stream(ReviewAction.values()).filter(a -> a.allowedFrom(this)).toList();
  }
}
