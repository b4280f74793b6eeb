package jp.yamaguchi.katsudo.core.review;

/**
 * An item was submitted for review (仮登録). Handled after the commit, e.g. to tell the center that
 * something waits for review.
 *
 * @param contentType the item's content type key
 * @param id the item's id
 * @param actor who submitted it: a staff username, or the member or public key the owning module
 *     chose (e.g. {@code member:42}, {@code public}); see the package documentation
 */
public record ReviewSubmitted(String contentType, long id, String actor) {}
