package jp.yamaguchi.katsudo.core.abuse;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fixed-window counters in the database ({@code rate_limit}), shared by every app server. A window
 * starts at a multiple of its length (since the epoch); each {@link #tryAcquire} counts one attempt
 * in the current window of {@code (bucket, key)} and says whether it was within the limit.
 *
 * <p>The key (an IP address, a mail address...) is stored only as {@link FieldCrypto#lookupHash},
 * never in plain text. The count is one atomic {@code UPDATE ... SET hits = hits + 1 WHERE hits <
 * limit} after an {@code INSERT ... ON CONFLICT DO NOTHING} that creates the window's row, so
 * concurrent requests on several servers never let more than {@code limit} through. Each call runs
 * in its own short transaction: a refused or rolled-back form submission still counts. Old windows
 * are deleted by the hourly task {@link RateLimitJobs}.
 */
@Service
public class RateLimits {

  /** Longest bucket name ({@code rate_limit.bucket}). */
  public static final int BUCKET_MAX = 60;

  private final JdbcClient jdbc;
  private final FieldCrypto crypto;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  @Autowired
  public RateLimits(
      JdbcClient jdbc, FieldCrypto crypto, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.crypto = crypto;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * One counted attempt, in the window it was counted in; {@link #release} gives it back (e.g. a
   * login that succeeded, when only failures are to be limited).
   */
  public record Permit(String bucket, String keyHash, Instant windowStart) {}

  /**
   * Counts one attempt for {@code key} in {@code bucket} and returns whether it is within {@code
   * limit} attempts per {@code window}. A refused attempt is not counted.
   *
   * @param bucket what is limited, e.g. {@code "signup:ip"} (1 to 60 characters)
   * @param key who or what is limited, e.g. the client's IP address or the mail address typed
   * @param limit attempts allowed per window (at least 1)
   * @param window the window's length (at least one second)
   */
  public boolean tryAcquire(String bucket, String key, int limit, Duration window) {
    return acquire(bucket, key, limit, window).isPresent();
  }

  /**
   * Like {@link #tryAcquire}, but the counted attempt comes back as a {@link Permit} that can be
   * given back with {@link #release}; empty when the limit is reached (nothing counted).
   */
  public Optional<Permit> acquire(String bucket, String key, int limit, Duration window) {
    check(bucket, limit, window);
    Instant now = clock.instant();
    Instant start = windowStart(now, window);
    String hash = crypto.lookupHash(key == null ? "" : key);
    Boolean allowed =
        ownTransaction.execute(
            status -> {
              jdbc.sql(
                      "INSERT INTO rate_limit (bucket, limit_key, window_start, hits, expires_at)"
                          + " VALUES (?, ?, ?, 0, ?) ON CONFLICT DO NOTHING")
                  .params(bucket, hash, Timestamp.from(start), Timestamp.from(start.plus(window)))
                  .update();
              return jdbc.sql(
                          "UPDATE rate_limit SET hits = hits + 1"
                              + " WHERE bucket = ? AND limit_key = ? AND window_start = ?"
                              + " AND hits < ?")
                      .params(bucket, hash, Timestamp.from(start), limit)
                      .update()
                  == 1;
            });
    return Boolean.TRUE.equals(allowed)
        ? Optional.of(new Permit(bucket, hash, start))
        : Optional.empty();
  }

  /**
   * Gives a counted attempt back: one atomic decrement of the window it was counted in (never below
   * zero; nothing happens when that window has ended and its row is gone).
   */
  public void release(Permit permit) {
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.sql(
                    "UPDATE rate_limit SET hits = hits - 1"
                        + " WHERE bucket = ? AND limit_key = ? AND window_start = ? AND hits > 0")
                .params(permit.bucket(), permit.keyHash(), Timestamp.from(permit.windowStart()))
                .update());
  }

  /** How long until the current window of this length ends (for a Retry-After header). */
  public Duration retryAfter(Duration window) {
    Instant now = clock.instant();
    return Duration.between(now, windowStart(now, window).plus(window));
  }

  /** Deletes every window that has ended; returns how many rows went. */
  public int deleteExpired() {
    return jdbc.sql("DELETE FROM rate_limit WHERE expires_at <= ?")
        .param(Timestamp.from(clock.instant()))
        .update();
  }

  static Instant windowStart(Instant now, Duration window) {
    long length = window.toMillis();
    long millis = now.toEpochMilli();
    return Instant.ofEpochMilli(millis - Math.floorMod(millis, length));
  }

  private static void check(String bucket, int limit, Duration window) {
    if (bucket == null || bucket.isBlank() || bucket.length() > BUCKET_MAX) {
      throw new IllegalArgumentException("bucket must be 1 to " + BUCKET_MAX + " characters");
    }
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
    if (window == null || window.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("window must be at least one second");
    }
  }
}
