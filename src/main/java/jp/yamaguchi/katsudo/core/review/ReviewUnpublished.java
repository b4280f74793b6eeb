package jp.yamaguchi.katsudo.core.review;

/**
 * A published item was taken off the site (非公開にする). Handled after the commit, e.g. by the audit
 * log.
 *
 * @param contentType the item's content type key
 * @param id the item's id
 * @param actor who unpublished it (staff username)
 */
public record ReviewUnpublished(String contentType, long id, String actor) {}
