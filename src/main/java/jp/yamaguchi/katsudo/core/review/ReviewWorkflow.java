package jp.yamaguchi.katsudo.core.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves reviewable items between states. Every method runs in (or joins) a transaction: call it
 * from the owning module's {@code @Transactional} service with a managed entity, whose embedded
 * {@link Review} is changed in place and saved with it.
 *
 * <p>Each move is checked against {@link ReviewAction} ({@link ReviewAction#allowedFor}); an
 * illegal one is refused with {@code BusinessException("e.review.transition", stateLabel,
 * actionLabel)} and changes nothing. A legal one writes a {@code review_log} row and publishes
 * {@link ReviewSubmitted}, {@link ReviewPublished}, {@link ReviewSentBack} or {@link
 * ReviewUnpublished}, plus {@link ContentChanged} when what the public sees changes. Listeners
 * annotated with {@code @ApplicationModuleListener} get those after the commit.
 *
 * <p>The workflow checks transitions, not permissions: the owning module decides who may call what
 * (a member's screens call only {@link #submit} and perhaps {@link #withdraw}; publishing and
 * sending back are staff screens). {@code actor} is who acts, as the history should show it (1 to
 * {@value #MAX_ACTOR} characters): a staff username, or for members and the public a key the owning
 * module chooses and can resolve (see the package documentation).
 */
@Service
@Transactional
public class ReviewWorkflow {

  /** Longest actor the log keeps ({@code review_log.actor}, {@code submitted_by}, ...). */
  public static final int MAX_ACTOR = 100;

  private final ReviewLogRepository log;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReviewWorkflow(ReviewLogRepository log, ApplicationEventPublisher events, Clock clock) {
    this.log = log;
    this.events = events;
    this.clock = clock;
  }

  /** Starts the history of a new item (call once, right after saving it). */
  public void created(Reviewable item, String actor) {
    record(item, null, item.review().state(), actor, clock.instant(), null);
  }

  /**
   * Starts the history of an item brought in from elsewhere (demo data, the legacy migration), in
   * whatever state it was given with {@link Review#imported}.
   */
  public void imported(Reviewable item, String actor, String note) {
    record(item, null, item.review().state(), actor, clock.instant(), note);
  }

  /** 審査を依頼する: DRAFT or RETURNED → PENDING. */
  public ReviewState submit(Reviewable item, String actor) {
    return perform(item, ReviewAction.SUBMIT, actor, null);
  }

  /** 公開する: PENDING, DRAFT or PRIVATE → PUBLISHED. */
  public ReviewState publish(Reviewable item, String actor) {
    return perform(item, ReviewAction.PUBLISH, actor, null);
  }

  /** 差し戻す: PENDING → RETURNED; the reason is required and goes to the author. */
  public ReviewState sendBack(Reviewable item, String actor, String reason) {
    return perform(item, ReviewAction.SEND_BACK, actor, reason);
  }

  /** 非公開にする: PUBLISHED → PRIVATE. */
  public ReviewState unpublish(Reviewable item, String actor) {
    return perform(item, ReviewAction.UNPUBLISH, actor, null);
  }

  /** 下書きに戻す: PENDING or PRIVATE → DRAFT. */
  public ReviewState withdraw(Reviewable item, String actor) {
    return perform(item, ReviewAction.WITHDRAW, actor, null);
  }

  /**
   * Performs any action, e.g. the one a button of {@code fragments/review :: actions} posted.
   *
   * @param comment the reason (required for {@link ReviewAction#SEND_BACK}), or an optional remark
   * @return the new state
   * @throws BusinessException {@code e.review.transition} when the action is not allowed from the
   *     item's state; {@code e.review.reason.required} or {@code e.review.reason.tooLong} for a
   *     missing or too long reason
   */
  public ReviewState perform(Reviewable item, ReviewAction action, String actor, String comment) {
    Objects.requireNonNull(action, "action");
    checkActor(actor);
    if (item.reviewContentId() == null) {
      throw new IllegalStateException("save the item before any review action");
    }
    Review review = item.review();
    ReviewState from = review.state();
    if (!action.allowedFor(item)) {
      throw new BusinessException(
          "e.review.transition",
          new DefaultMessageSourceResolvable(from.messageKey()),
          new DefaultMessageSourceResolvable(action.messageKey()));
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (action.reasonRequired() && text == null) {
      throw new BusinessException("e.review.reason.required");
    }
    if (text != null && text.length() > Review.MAX_REASON) {
      throw new BusinessException("e.review.reason.tooLong", Review.MAX_REASON);
    }
    Instant now = clock.instant();
    review.apply(action, actor, text, now);
    ReviewState to = review.state();
    record(item, from, to, actor, now, text);

    long id = item.reviewContentId();
    String type = item.reviewContentType();
    switch (action) {
      case SUBMIT -> events.publishEvent(new ReviewSubmitted(type, id, actor));
      case PUBLISH -> events.publishEvent(new ReviewPublished(type, id, actor, from));
      case SEND_BACK -> events.publishEvent(new ReviewSentBack(type, id, actor, text));
      case UNPUBLISH -> events.publishEvent(new ReviewUnpublished(type, id, actor));
      default -> {}
    }
    if (from.isPublic() || to.isPublic()) {
      events.publishEvent(new ContentChanged(type, id));
    }
    return to;
  }

  private static void checkActor(String actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank() || actor.length() > MAX_ACTOR) {
      throw new IllegalArgumentException("actor must be 1 to " + MAX_ACTOR + " characters");
    }
  }

  private void record(
      Reviewable item, ReviewState from, ReviewState to, String actor, Instant at, String comment) {
    checkActor(actor);
    Long id = item.reviewContentId();
    if (id == null) {
      throw new IllegalStateException("save the item before recording its review history");
    }
    log.save(new ReviewLogEntry(item.reviewContentType(), id, from, to, actor, at, comment));
  }
}
