package jp.yamaguchi.katsudo.core.review;

/**
 * An item was sent back to its author. Handled after the commit, e.g. to mail the reason.
 *
 * @param contentType the item's content type key
 * @param id the item's id
 * @param actor who sent it back (staff username)
 * @param reason why, as the reviewer wrote it
 */
public record ReviewSentBack(String contentType, long id, String actor, String reason) {}
