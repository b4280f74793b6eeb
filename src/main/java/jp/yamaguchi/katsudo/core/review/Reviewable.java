package jp.yamaguchi.katsudo.core.review;

import java.util.List;

/**
 * An item that goes through the review workflow: implemented by the entity that embeds {@link
 * Review}.
 */
public interface Reviewable {

  /** The embedded review state (the entity's own instance, changed in place). */
  Review review();

  /** A short key of the content type, e.g. {@code "news"}; stored in the review log. */
  String reviewContentType();

  /** The item's id; the item must be saved (have an id) before any review action. */
  Long reviewContentId();

  /** The title shown in lists and mails. */
  String reviewTitle();

  /**
   * Whether staff may publish the item straight from 下書き (DRAFT → PUBLISHED). True (the default)
   * for content the center's staff write themselves, such as news. Return false for what members or
   * the public submit: their draft is theirs until they submit it, so staff publish only submitted
   * items (PENDING, or PRIVATE to publish again).
   */
  default boolean publishableFromDraft() {
    return true;
  }

  /**
   * The actions allowed on this item now, in the order the admin shows them: {@link
   * ReviewState#actions()} of its state, without PUBLISH from DRAFT unless {@link
   * #publishableFromDraft()}. {@link ReviewWorkflow} refuses any other.
   */
  default List<ReviewAction> reviewActions() {
    return review().state().actions().stream().filter(a -> a.allowedFor(this)).toList();
  }
}
