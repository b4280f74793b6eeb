package jp.yamaguchi.katsudo.core.audit;

import jp.yamaguchi.katsudo.core.review.ReviewPublished;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.review.ReviewUnpublished;
import jp.yamaguchi.katsudo.core.site.PublicationChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records every publish and unpublish in the audit log: of reviewable content (the review
 * workflow's events) and of content outside it ({@link PublicationChanged}, e.g. fixed pages). Runs
 * after the commit, in the request that made the change (so the client address is known); nothing
 * is logged for a change that was rolled back. The target reads {@code <type>#<id>} (plus the label
 * the module gave); the event publication registry hands an event whose handler failed to it again
 * at the next start.
 */
@Component
class PublicationAuditor {

  private final AuditLog audit;

  PublicationAuditor(AuditLog audit) {
    this.audit = audit;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ReviewPublished event) {
    audit.record(
        AuditAction.PUBLISH,
        event.actor(),
        event.contentType() + "#" + event.id(),
        event.from() == ReviewState.PRIVATE ? "republished" : "from=" + event.from().name());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ReviewUnpublished event) {
    audit.record(
        AuditAction.UNPUBLISH, event.actor(), event.contentType() + "#" + event.id(), null);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(PublicationChanged event) {
    String target =
        event.contentType()
            + "#"
            + event.id()
            + (event.label() == null || event.label().isBlank() ? "" : " " + event.label());
    audit.record(
        event.published() ? AuditAction.PUBLISH : AuditAction.UNPUBLISH,
        event.actor(),
        target,
        null);
  }
}
