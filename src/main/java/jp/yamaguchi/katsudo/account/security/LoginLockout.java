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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins per login ID and locks an ID that fails too often (別記2 3.1.6). Keys are
 * {@code <realm>:<normalised id>} ({@code staff:…}, {@code member:…}), so the same text typed at
 * the staff and the member login counts separately. Counting works for IDs that do not exist too,
 * so a lock says nothing about existence. Kept in the database, so every app server sees the same
 * counts; updates are single atomic statements.
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
  private final TransactionTemplate tx;

  public LoginLockout(
      JdbcClient jdbc,
      LockoutProperties props,
      Clock clock,
      AuditLog audit,
      TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.props = props;
    this.clock = clock;
    this.audit = audit;
    this.tx = tx;
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

  /** Counts a failure; locks the key (and records it in the audit log) at the threshold. */
  public void recordFailure(String key) {
    Instant now = clock.instant();
    Timestamp nowTs = Timestamp.from(now);
    Timestamp windowStart = Timestamp.from(now.minus(props.window()));
    boolean lockedNow =
        Boolean.TRUE.equals(
            tx.execute(
                s -> {
                  // a count older than the window (and not locked) starts again
                  jdbc.sql(
                          "UPDATE login_lockout SET failures = 0, first_failure_at = ?"
                              + " WHERE login_key = ? AND first_failure_at < ?"
                              + " AND (locked_until IS NULL OR locked_until <= ?)")
                      .params(nowTs, key, windowStart, nowTs)
                      .update();
                  int updated =
                      jdbc.sql(
                              "UPDATE login_lockout SET failures = failures + 1,"
                                  + " last_failure_at = ? WHERE login_key = ?")
                          .params(nowTs, key)
                          .update();
                  if (updated == 0) {
                    try {
                      jdbc.sql(
                              "INSERT INTO login_lockout (login_key, failures, first_failure_at,"
                                  + " last_failure_at) VALUES (?, 1, ?, ?)")
                          .params(key, nowTs, nowTs)
                          .update();
                    } catch (org.springframework.dao.DuplicateKeyException race) {
                      jdbc.sql(
                              "UPDATE login_lockout SET failures = failures + 1,"
                                  + " last_failure_at = ? WHERE login_key = ?")
                          .params(nowTs, key)
                          .update();
                    }
                  }
                  int locked =
                      jdbc.sql(
                              "UPDATE login_lockout SET locked_until = ? WHERE login_key = ?"
                                  + " AND failures >= ? AND (locked_until IS NULL"
                                  + " OR locked_until <= ?)")
                          .params(
                              Timestamp.from(now.plus(props.duration())),
                              key,
                              props.maxFailures(),
                              nowTs)
                          .update();
                  return locked > 0;
                }));
    if (lockedNow) {
      audit.record(
          AuditAction.LOCKOUT,
          "system",
          key,
          "locked for " + props.duration().toMinutes() + " min");
    }
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
