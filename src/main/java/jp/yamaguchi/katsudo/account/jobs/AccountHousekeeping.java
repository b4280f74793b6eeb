package jp.yamaguchi.katsudo.account.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.command.Command;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what the member accounts no longer need (command {@code account-cleanup}, and nightly as
 * a db-scheduler task): sign-ups whose mail address was never confirmed within {@link
 * #UNCONFIRMED_AFTER} (their login ID and address become free again, and no personal data of
 * someone who never completed the registration is kept), and mailed links that expired or were used
 * more than {@link #TOKENS_AFTER} ago. Safe to run at any time and as often as wanted.
 */
@Component
public class AccountHousekeeping implements Command {

  public static final String NAME = "account-cleanup";

  /** Longer than every link a PENDING account can still use (confirmation 24 h, invitation 7 d). */
  public static final Duration UNCONFIRMED_AFTER = Duration.ofDays(14);

  public static final Duration TOKENS_AFTER = Duration.ofDays(7);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  AccountHousekeeping(JdbcClient jdbc, Clock clock, AuditLog audit, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
    this.tx = tx;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** What one run removed. */
  public record Result(int unconfirmedAccounts, int tokens) {}

  public Result clean() {
    Instant now = clock.instant();
    Timestamp accountsBefore = Timestamp.from(now.minus(UNCONFIRMED_AFTER));
    Timestamp tokensBefore = Timestamp.from(now.minus(TOKENS_AFTER));
    List<Long> unconfirmed =
        jdbc.sql(
                "SELECT id FROM member_account WHERE status = 'PENDING' AND verified_at IS NULL"
                    + " AND created_at < ?")
            .param(accountsBefore)
            .query(Long.class)
            .list();
    int accounts = 0;
    for (Long id : unconfirmed) {
      accounts += tx.execute(s -> removeUnconfirmed(id, accountsBefore));
    }
    int tokens =
        tx.execute(
            s ->
                jdbc.sql(
                        "DELETE FROM member_token WHERE expires_at < ?"
                            + " OR (used_at IS NOT NULL AND used_at < ?)")
                    .params(tokensBefore, tokensBefore)
                    .update());
    if (accounts > 0 || tokens > 0) {
      audit.record(
          AuditAction.ACCOUNT_DELETE,
          "system",
          NAME,
          "unconfirmed accounts=" + accounts + " tokens=" + tokens);
    }
    return new Result(accounts, tokens);
  }

  /** Deletes one unconfirmed account, its links and the organisation only it acted for. */
  private int removeUnconfirmed(long id, Timestamp before) {
    Long organisation =
        jdbc.sql(
                "SELECT organisation_id FROM member_account WHERE id = ? AND status = 'PENDING'"
                    + " AND verified_at IS NULL AND created_at < ?")
            .params(id, before)
            .query(Long.class)
            .optional()
            .orElse(null);
    jdbc.sql("DELETE FROM member_token WHERE account_id = ?").param(id).update();
    int deleted =
        jdbc.sql(
                "DELETE FROM member_account WHERE id = ? AND status = 'PENDING'"
                    + " AND verified_at IS NULL AND created_at < ?")
            .params(id, before)
            .update();
    if (deleted > 0 && organisation != null) {
      jdbc.sql(
              "DELETE FROM organisation WHERE id = ? AND NOT EXISTS"
                  + " (SELECT 1 FROM member_account WHERE organisation_id = ?)")
          .params(organisation, organisation)
          .update();
    }
    return deleted;
  }

  @Override
  public String run() {
    Result r = clean();
    return NAME
        + ": "
        + r.unconfirmedAccounts()
        + " unconfirmed accounts and "
        + r.tokens()
        + " old links removed";
  }
}
