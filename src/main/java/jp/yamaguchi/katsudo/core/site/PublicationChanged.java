package jp.yamaguchi.katsudo.core.site;

/**
 * Content outside the review workflow (e.g. a fixed page) was published or taken off the site.
 * Published by the owning module through Spring's {@code ApplicationEventPublisher}, in the
 * transaction that made the change; the audit log records it after the commit. Content that goes
 * through {@code core.review.ReviewWorkflow} needs nothing: the workflow's own events are logged;
 * only deleting such an item while it is public (which bypasses the workflow) is announced here.
 *
 * @param contentType the content type key, e.g. {@code "page"}
 * @param id the item's id
 * @param label what staff recognise the item by (a path or a title), or null
 * @param actor who did it (staff username)
 * @param published true when published, false when taken off the site
 */
public record PublicationChanged(
    String contentType, long id, String label, String actor, boolean published) {}
