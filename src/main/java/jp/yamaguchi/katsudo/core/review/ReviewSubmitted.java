package jp.yamaguchi.katsudo.core.review;

/**
 * An item was submitted for review (仮登録). Handled after the commit, e.g. to tell the center that
 * something waits for review.
 *
 * @param contentType the item's content type key
 * @param id the item's id
 * @param actor who submitted it (staff username, member login or "public")
 */
public record ReviewSubmitted(String contentType, long id, String actor) {}
