package jp.yamaguchi.katsudo.core.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled publishing and expiry: staff plan 公開 and 公開終了 of an item at a set time; the recurring
 * job {@link ReviewScheduleJobs} performs the due plans through the {@link ScheduledReviewTarget}
 * of the item's content type.
 *
 * <p>Each plan is a row of {@code review_schedule}. An item has at most one pending publish and one
 * pending unpublish: {@link #set} cancels the earlier plan. The job claims each due row with {@code
 * UPDATE ... SET state = 'DONE' WHERE id = ? AND state = 'PENDING'} in the same transaction as the
 * action, so when two servers (or two runs) meet the same row, the second waits for the first's
 * commit, then finds it no longer pending and does nothing. A refused action ({@link
 * BusinessException}, e.g. the item is no longer in a state that allows it) or an unexpected error
 * rolls the action back and marks the row FAILED with a Japanese reason the staff see; it is never
 * retried. A plan whose item no longer exists is DROPPED.
 *
 * <p>The action runs as the staff member who planned it (the Spring Security context of the job's
 * thread is set to that username for the call), so the review history, the audit log and the
 * revisions show who published.
 */
@Service
public class ReviewSchedule {

  private static final Logger log = LoggerFactory.getLogger(ReviewSchedule.class);

  /** The db-scheduler task name. */
  public static final String TASK = "review-schedule";

  /** Most due plans one run performs (the rest wait for the next minute). */
  static final int BATCH = 200;

  /** Where a plan stands. */
  public enum State {
    /** 予定: waiting for its time. */
    PENDING,
    /** 実行済み. */
    DONE,
    /** 対象なし: the item was deleted before the time. */
    DROPPED,
    /** 失敗: refused; the reason is kept. */
    FAILED,
    /** 取り消し: replaced or cleared by staff. */
    CANCELLED;

    public String messageKey() {
      return "schedule.state." + name();
    }
  }

  /** One plan as the screens show it. */
  public record Entry(
      long id,
      String contentType,
      long contentId,
      ReviewAction action,
      Instant dueAt,
      State state,
      String scheduledBy,
      Instant scheduledAt,
      Instant doneAt,
      String failure) {

    public LocalDateTime localDueAt() {
      return LocalDateTime.ofInstant(dueAt, ClockConfig.ZONE);
    }

    public LocalDateTime localDoneAt() {
      return doneAt == null ? null : LocalDateTime.ofInstant(doneAt, ClockConfig.ZONE);
    }

    public String actionKey() {
      return "schedule.action." + action.name();
    }
  }

  /**
   * The plans of one item for its edit screen.
   *
   * @param publishAt the pending 公開予定日時, or null
   * @param unpublishAt the pending 公開終了日時, or null
   * @param lastFailure the newest failed plan, or null
   */
  public record Plan(Instant publishAt, Instant unpublishAt, Entry lastFailure) {

    public LocalDateTime localPublishAt() {
      return publishAt == null ? null : LocalDateTime.ofInstant(publishAt, ClockConfig.ZONE);
    }

    public LocalDateTime localUnpublishAt() {
      return unpublishAt == null ? null : LocalDateTime.ofInstant(unpublishAt, ClockConfig.ZONE);
    }

    public boolean empty() {
      return publishAt == null && unpublishAt == null;
    }
  }

  /** What one run did. */
  public record RunResult(int done, int dropped, int failed) {}

  private static final String COLUMNS =
      "id, content_type, content_id, action, due_at, state, scheduled_by, scheduled_at, done_at,"
          + " failure";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ObjectProvider<ScheduledReviewTarget> targets;
  private final MessageSource messages;
  private final TransactionTemplate ownTransaction;

  ReviewSchedule(
      JdbcClient jdbc,
      Clock clock,
      ObjectProvider<ScheduledReviewTarget> targets,
      MessageSource messages,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.targets = targets;
    this.messages = messages;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Replaces the pending plans of an item. Null clears that plan. Both times must be in the future,
   * and 公開終了 after 公開 when both are set.
   *
   * @throws BusinessException {@code e.schedule.publishAt.past}, {@code
   *     e.schedule.unpublishAt.past} or {@code e.schedule.unpublishAt.order}
   */
  @Transactional
  public void set(
      String contentType, long contentId, Instant publishAt, Instant unpublishAt, String actor) {
    Instant now = clock.instant();
    if (publishAt != null && !publishAt.isAfter(now)) {
      throw new BusinessException("e.schedule.publishAt.past");
    }
    if (unpublishAt != null && !unpublishAt.isAfter(now)) {
      throw new BusinessException("e.schedule.unpublishAt.past");
    }
    if (publishAt != null && unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
      throw new BusinessException("e.schedule.unpublishAt.order");
    }
    if (actor == null || actor.isBlank() || actor.length() > ReviewWorkflow.MAX_ACTOR) {
      throw new IllegalArgumentException("actor");
    }
    clear(contentType, contentId);
    if (publishAt != null) insert(contentType, contentId, ReviewAction.PUBLISH, publishAt, actor);
    if (unpublishAt != null) {
      insert(contentType, contentId, ReviewAction.UNPUBLISH, unpublishAt, actor);
    }
  }

  /** Cancels the pending plans of an item (e.g. when it is deleted). */
  @Transactional
  public void clear(String contentType, long contentId) {
    jdbc.sql(
            "UPDATE review_schedule SET state = 'CANCELLED', done_at = ?"
                + " WHERE content_type = ? AND content_id = ? AND state = 'PENDING'")
        .params(Timestamp.from(clock.instant()), contentType, contentId)
        .update();
  }

  private void insert(String type, long id, ReviewAction action, Instant due, String actor) {
    jdbc.sql(
            "INSERT INTO review_schedule (content_type, content_id, action, due_at, state,"
                + " scheduled_by, scheduled_at) VALUES (?, ?, ?, ?, 'PENDING', ?, ?)")
        .params(
            type, id, action.name(), Timestamp.from(due), actor, Timestamp.from(clock.instant()))
        .update();
  }

  /** The pending plans and the newest failure of one item. */
  @Transactional(readOnly = true)
  public Plan planOf(String contentType, long contentId) {
    List<Entry> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM review_schedule WHERE content_type = ? AND content_id = ?"
                    + " AND state IN ('PENDING', 'FAILED') ORDER BY id DESC")
            .params(contentType, contentId)
            .query(ReviewSchedule::entry)
            .list();
    Instant publish = null;
    Instant unpublish = null;
    Entry failure = null;
    for (Entry e : rows) {
      if (e.state() == State.PENDING && e.action() == ReviewAction.PUBLISH && publish == null) {
        publish = e.dueAt();
      } else if (e.state() == State.PENDING
          && e.action() == ReviewAction.UNPUBLISH
          && unpublish == null) {
        unpublish = e.dueAt();
      } else if (e.state() == State.FAILED && failure == null) {
        failure = e;
      }
    }
    return new Plan(publish, unpublish, failure);
  }

  /** Plans in one state, by due time (pending: soonest first; others: newest first). */
  @Transactional(readOnly = true)
  public List<Entry> inState(State state, int limit) {
    String order = state == State.PENDING ? "due_at, id" : "due_at DESC, id DESC";
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM review_schedule WHERE state = ? ORDER BY "
                + order
                + " LIMIT ?")
        .params(state.name(), limit)
        .query(ReviewSchedule::entry)
        .list();
  }

  /** Failed plans since {@code since}, for the dashboard. */
  @Transactional(readOnly = true)
  public long countFailedSince(Instant since) {
    return jdbc.sql("SELECT COUNT(*) FROM review_schedule WHERE state = 'FAILED' AND done_at >= ?")
        .params(Timestamp.from(since))
        .query(Long.class)
        .single();
  }

  /** The admin path of the item of a plan, when its module tells it. */
  public String adminPath(Entry entry) {
    ScheduledReviewTarget target = targetsByType().get(entry.contentType());
    return target == null ? null : target.adminPath(entry.contentId());
  }

  /** Performs every plan due now. Called by the recurring job once a minute. */
  public RunResult runDue() {
    return runDue(clock.instant());
  }

  /** Performs every plan due at {@code now} (tests pass a later time). */
  public RunResult runDue(Instant now) {
    List<Entry> due =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM review_schedule WHERE state = 'PENDING' AND due_at <= ?"
                    + " ORDER BY due_at, id LIMIT ?")
            .params(Timestamp.from(now), BATCH)
            .query(ReviewSchedule::entry)
            .list();
    Map<String, ScheduledReviewTarget> byType = targetsByType();
    int done = 0;
    int dropped = 0;
    int failed = 0;
    for (Entry e : due) {
      switch (runOne(e, byType)) {
        case DONE -> done++;
        case DROPPED -> dropped++;
        case FAILED -> failed++;
        default -> {}
      }
    }
    if (done + dropped + failed > 0) {
      log.info("scheduled review actions: {} done, {} dropped, {} failed", done, dropped, failed);
    }
    return new RunResult(done, dropped, failed);
  }

  private Map<String, ScheduledReviewTarget> targetsByType() {
    return targets
        .orderedStream()
        .collect(
            Collectors.toMap(ScheduledReviewTarget::contentType, Function.identity(), (a, b) -> a));
  }

  /** PENDING when another run got there first. */
  private State runOne(Entry e, Map<String, ScheduledReviewTarget> byType) {
    try {
      State result =
          ownTransaction.execute(
              status -> {
                Instant at = clock.instant();
                int claimed =
                    jdbc.sql(
                            "UPDATE review_schedule SET state = 'DONE', done_at = ?"
                                + " WHERE id = ? AND state = 'PENDING'")
                        .params(Timestamp.from(at), e.id())
                        .update();
                if (claimed == 0) return State.PENDING;
                ScheduledReviewTarget target = byType.get(e.contentType());
                if (target == null) {
                  throw new BusinessException("e.schedule.noTarget", e.contentType());
                }
                if (asActor(
                    e.scheduledBy(),
                    () -> target.perform(e.contentId(), e.action(), e.scheduledBy()))) {
                  return State.DONE;
                }
                jdbc.sql("UPDATE review_schedule SET state = 'DROPPED' WHERE id = ?")
                    .params(e.id())
                    .update();
                return State.DROPPED;
              });
      return result == null ? State.PENDING : result;
    } catch (BusinessException ex) {
      return fail(e, message(ex.messageId(), ex.arguments()));
    } catch (RuntimeException ex) {
      log.warn("scheduled review action {} failed", e.id(), ex);
      return fail(e, message("e.schedule.error"));
    }
  }

  private State fail(Entry e, String reason) {
    String text = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    Integer n =
        ownTransaction.execute(
            status ->
                jdbc.sql(
                        "UPDATE review_schedule SET state = 'FAILED', done_at = ?, failure = ?"
                            + " WHERE id = ? AND state = 'PENDING'")
                    .params(Timestamp.from(clock.instant()), text, e.id())
                    .update());
    return n != null && n == 1 ? State.FAILED : State.PENDING;
  }

  private static boolean asActor(String actor, java.util.function.BooleanSupplier call) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
    SecurityContextHolder.setContext(context);
    try {
      return call.getAsBoolean();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  private String message(String code, Object... args) {
    try {
      return messages.getMessage(code, args, java.util.Locale.JAPANESE);
    } catch (NoSuchMessageException ex) {
      return messages.getMessage("e.schedule.error", null, java.util.Locale.JAPANESE);
    }
  }

  private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    Timestamp done = rs.getTimestamp("done_at");
    return new Entry(
        rs.getLong("id"),
        rs.getString("content_type"),
        rs.getLong("content_id"),
        ReviewAction.valueOf(rs.getString("action")),
        rs.getTimestamp("due_at").toInstant(),
        State.valueOf(rs.getString("state")),
        rs.getString("scheduled_by"),
        rs.getTimestamp("scheduled_at").toInstant(),
        done == null ? null : done.toInstant(),
        rs.getString("failure"));
  }
}
