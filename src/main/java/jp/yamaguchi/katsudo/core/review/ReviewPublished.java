package jp.yamaguchi.katsudo.core.review;

/**
 * An item was published. Handled after the commit by {@code @ApplicationModuleListener}s, e.g. to
 * mail its author or submitter.
 *
 * @param contentType the item's content type key, e.g. {@code "news"}
 * @param id the item's id
 * @param actor who published it (staff username)
 * @param from the state it was in: {@link ReviewState#PRIVATE} means published again
 */
public record ReviewPublished(String contentType, long id, String actor, ReviewState from) {}
