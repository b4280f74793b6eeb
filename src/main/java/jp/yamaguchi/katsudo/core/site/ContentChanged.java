package jp.yamaguchi.katsudo.core.site;

/**
 * Published whenever something anonymous visitors can see has changed (a page, a news item, a
 * setting). The page cache listens to it and forgets what it holds.
 *
 * @param contentType a short name of what changed, e.g. {@code "page"}
 * @param id the item's id, or null when many items or a setting changed
 */
public record ContentChanged(String contentType, Long id) {}
