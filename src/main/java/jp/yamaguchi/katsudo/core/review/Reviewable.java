package jp.yamaguchi.katsudo.core.review;

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
}
