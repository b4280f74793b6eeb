package jp.yamaguchi.katsudo.core.review;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of the review workflow: the single place that says which transition is allowed.
 *
 * <table>
 *   <caption>Allowed transitions</caption>
 *   <tr><th>action</th><th>from</th><th>to</th></tr>
 *   <tr><td>SUBMIT 審査を依頼する</td><td>DRAFT, RETURNED</td><td>PENDING</td></tr>
 *   <tr><td>PUBLISH 公開する</td><td>PENDING (after review), DRAFT (content staff wrote
 *       themselves), PRIVATE (publish again)</td><td>PUBLISHED</td></tr>
 *   <tr><td>SEND_BACK 差し戻す (reason required)</td><td>PENDING</td><td>RETURNED</td></tr>
 *   <tr><td>UNPUBLISH 非公開にする</td><td>PUBLISHED</td><td>PRIVATE</td></tr>
 *   <tr><td>WITHDRAW 下書きに戻す</td><td>PENDING (the submission is taken back), PRIVATE
 *       (to be reworked)</td><td>DRAFT</td></tr>
 * </table>
 *
 * <p>Deliberately not allowed: a RETURNED item cannot be published, nor turned back into a draft
 * (which staff could then publish directly): it is fixed and submitted again, so the fix is
 * reviewed; a PUBLISHED item cannot go straight back to draft or review (unpublish it first, so
 * taking it off the site is always an explicit step); nothing moves to the state it is already in.
 * DRAFT → PUBLISHED exists for content the center's staff write themselves; every move is in the
 * review log, so the history shows who published what without review. Items members or the public
 * submit turn it off ({@link Reviewable#publishableFromDraft()}): staff publish only what was
 * submitted.
 */
public enum ReviewAction {
  SUBMIT(ReviewState.PENDING, false, EnumSet.of(ReviewState.DRAFT, ReviewState.RETURNED)),
  PUBLISH(
      ReviewState.PUBLISHED,
      false,
      EnumSet.of(ReviewState.PENDING, ReviewState.DRAFT, ReviewState.PRIVATE)),
  SEND_BACK(ReviewState.RETURNED, true, EnumSet.of(ReviewState.PENDING)),
  UNPUBLISH(ReviewState.PRIVATE, false, EnumSet.of(ReviewState.PUBLISHED)),
  WITHDRAW(ReviewState.DRAFT, false, EnumSet.of(ReviewState.PENDING, ReviewState.PRIVATE));

  private final ReviewState target;
  private final boolean reasonRequired;
  private final Set<ReviewState> from;

  ReviewAction(ReviewState target, boolean reasonRequired, Set<ReviewState> from) {
    this.target = target;
    this.reasonRequired = reasonRequired;
    this.from = from;
  }

  /** The state an item is in after this action. */
  public ReviewState target() {
    return target;
  }

  /** Whether the action needs a reason (the mail to the author carries it). */
  public boolean reasonRequired() {
    return reasonRequired;
  }

  /** Whether the action is allowed from the state, for any item. */
  public boolean allowedFrom(ReviewState state) {
    return from.contains(state);
  }

  /**
   * Whether the action is allowed on the item as it is now: from its state, and PUBLISH from DRAFT
   * only when {@link Reviewable#publishableFromDraft()}.
   */
  public boolean allowedFor(Reviewable item) {
    ReviewState state = item.review().state();
    if (!allowedFrom(state)) return false;
    return this != PUBLISH || state != ReviewState.DRAFT || item.publishableFromDraft();
  }

  /** The message key of the button label, e.g. 「公開する」. */
  public String messageKey() {
    return "review.action." + name();
  }

  /** The message key of the confirmation shown after the action, e.g. 「公開しました。」. */
  public String doneMessageKey() {
    return "review.done." + name();
  }
}
