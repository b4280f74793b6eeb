package jp.yamaguchi.katsudo.account.security;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins per login ID and locks an ID that fails too often (別記2 3.1.6). Keys are
 * {@code <realm>:<normalised id>} ({@code staff:…}, {@code member:…}), so the same text typed at
 * the staff and the member login counts separately. Counting works for IDs that do not exist too,
 * so a lock says nothing about existence. Kept in the database, so every app server sees the same
 * counts; updates are single atomic statements. A login reserves its attempt before the password is
 * checked ({@link #tryAttempt}), so parallel guesses cannot exceed the limit either.
 */
@Service
public class LoginLockout {

  /** A current lock or failure count, for the admin. */
  public record Entry(
      String key, int failures, Instant firstFailureAt, Instant lockedUntil, boolean locked) {}

  private final JdbcClient jdbc;
  private final LockoutProperties props;
  private final Clock clock;
  private final AuditLog audit;
  private final TransactionTemplate ownTx;

  public LoginLockout(
      JdbcClient jdbc,
      LockoutProperties props,
      Clock clock,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.props = props;
    this.clock = clock;
    this.audit = audit;
    this.ownTx = new TransactionTemplate(transactions);
    this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The lockout key of an ID typed in a realm: NFKC, trimmed, lower case, at most 200 chars. */
  public static String key(String realm, String typedId) {
    String id = typedId == null ? "" : Normalizer.normalize(typedId, Normalizer.Form.NFKC).strip();
    id = id.toLowerCase(Locale.ROOT);
    if (id.length() > 200) id = id.substring(0, 200);
    return realm + ":" + id;
  }

  public LockoutProperties settings() {
    return props;
  }

  public boolean isLocked(String key) {
    Timestamp now = Timestamp.from(clock.instant());
    return jdbc.sql("SELECT COUNT(*) FROM login_lockout WHERE login_key = ? AND locked_until > ?")
            .params(key, now)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Reserves one login attempt for {@code key} before the password is checked: counts it as a
   * failure at once (one atomic statement) and answers whether it may go ahead, i.e. the key was
   * neither locked nor already at the limit. Parallel requests therefore cannot get more than the
   * allowed number of password checks through: each one takes a slot, and {@link #failed}, {@link
   * #recordSuccess} or {@link #release} settles it. Written in its own transaction, so it is
   * visible to the other app servers at once and never rolled back with the caller's work.
   */
  public boolean tryAttempt(String key) {
    Instant now = clock.instant();
    return Boolean.TRUE.equals(
        ownTx.execute(
            s -> {
              prepare(key, now);
              return jdbc.sql(
                          "UPDATE login_lockout SET failures = failures + 1, last_failure_at = ?"
                              + " WHERE login_key = ? AND failures < ?"
                              + " AND (locked_until IS NULL OR locked_until <= ?)")
                      .params(Timestamp.from(now), key, props.maxFailures(), Timestamp.from(now))
                      .update()
                  == 1;
            }));
  }

  /**
   * The reserved attempt failed: it stays counted, and reaching the limit locks the key for the
   * lock duration (recorded in the audit log).
   */
  public void failed(String key) {
    Instant now = clock.instant();
    Integer locked =
        ownTx.execute(
            s ->
                jdbc.sql(
                        "UPDATE login_lockout SET locked_until = ? WHERE login_key = ?"
                            + " AND failures >= ? AND (locked_until IS NULL OR locked_until <= ?)")
                    .params(
                        Timestamp.from(now.plus(props.duration())),
                        key,
                        props.maxFailures(),
                        Timestamp.from(now))
                    .update());
    if (locked != null && locked > 0) {
      audit.record(
          AuditAction.LOCKOUT,
          "system",
          key,
          "locked for " + props.duration().toMinutes() + " min");
    }
  }

  /**
   * The reserved attempt succeeded but must not clear the count (a first factor that a second one
   * follows): gives the slot back.
   */
  public void release(String key) {
    ownTx.executeWithoutResult(
        s ->
            jdbc.sql(
                    "UPDATE login_lockout SET failures = failures - 1"
                        + " WHERE login_key = ? AND failures > 0")
                .param(key)
                .update());
  }

  /**
   * Counts a failure that was not reserved with {@link #tryAttempt} (e.g. a wrong current password
   * on a change form); locks the key at the limit.
   */
  public void recordFailure(String key) {
    Instant now = clock.instant();
    ownTx.executeWithoutResult(
        s -> {
          prepare(key, now);
          jdbc.sql(
                  "UPDATE login_lockout SET failures = failures + 1, last_failure_at = ?"
                      + " WHERE login_key = ?")
              .params(Timestamp.from(now), key)
              .update();
        });
    failed(key);
  }

  /**
   * Makes sure the key has a row (an atomic insert that does nothing when one exists, so parallel
   * first failures cannot collide) and starts the count again when its window has passed or its
   * lock has expired.
   */
  private void prepare(String key, Instant now) {
    Timestamp nowTs = Timestamp.from(now);
    jdbc.sql(
            "INSERT INTO login_lockout (login_key, failures, first_failure_at, last_failure_at)"
                + " VALUES (?, 0, ?, ?) ON CONFLICT DO NOTHING")
        .params(key, nowTs, nowTs)
        .update();
    jdbc.sql(
            "UPDATE login_lockout SET failures = 0, first_failure_at = ?, locked_until = NULL"
                + " WHERE login_key = ? AND ((locked_until IS NULL AND first_failure_at < ?)"
                + " OR locked_until <= ?)")
        .params(nowTs, key, Timestamp.from(now.minus(props.window())), nowTs)
        .update();
  }

  /** A successful login clears the count. */
  public void recordSuccess(String key) {
    jdbc.sql("DELETE FROM login_lockout WHERE login_key = ?").param(key).update();
  }

  /** Staff lift a lock (or clear a count). */
  public void unlock(String key) {
    int n = jdbc.sql("DELETE FROM login_lockout WHERE login_key = ?").param(key).update();
    if (n > 0) audit.record(AuditAction.UNLOCK, key, null);
  }

  /** Locked keys and keys with failures inside the window, newest first. */
  public List<Entry> current() {
    Instant now = clock.instant();
    return jdbc.sql(
            "SELECT login_key, failures, first_failure_at, locked_until FROM login_lockout"
                + " WHERE locked_until > ? OR first_failure_at >= ?"
                + " ORDER BY last_failure_at DESC")
        .params(Timestamp.from(now), Timestamp.from(now.minus(props.window())))
        .query(
            (rs, i) -> {
              Timestamp until = rs.getTimestamp("locked_until");
              Instant lockedUntil = until == null ? null : until.toInstant();
              return new Entry(
                  rs.getString("login_key"),
                  rs.getInt("failures"),
                  rs.getTimestamp("first_failure_at").toInstant(),
                  lockedUntil,
                  lockedUntil != null && lockedUntil.isAfter(now));
            })
        .list();
  }
}
