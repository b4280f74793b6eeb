package jp.yamaguchi.katsudo.core.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import jp.yamaguchi.katsudo.core.command.Command;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Prunes the audit log by age: entries older than {@code katsudo.audit.retention} (at least 365
 * days, default 400) are deleted, and the pruning itself is logged as {@link
 * AuditAction#AUDIT_PRUNE} with the count. Runs nightly as the db-scheduler task {@value #NAME}
 * (see {@link AuditJobs}) and on demand as the command {@code --katsudo.command=audit-prune}. Safe
 * to run at any time and more than once: it only ever deletes what is past the retention.
 */
@Service
public class AuditRetention implements Command {

  /** The command's and the scheduled task's name. */
  public static final String NAME = "audit-prune";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final AuditProperties properties;
  private final Clock clock;

  AuditRetention(JdbcClient jdbc, AuditLog audit, AuditProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String run() {
    Instant cutoff = cutoff();
    int deleted = prune();
    return "audit-prune: deleted " + deleted + " entries older than " + cutoff;
  }

  /** Entries before this instant are past the retention. */
  public Instant cutoff() {
    return clock.instant().minus(properties.retention());
  }

  /** Deletes the entries past the retention and logs how many; returns that count. */
  public int prune() {
    Instant cutoff = cutoff();
    int deleted =
        jdbc.sql("DELETE FROM audit_log WHERE occurred_at < ?")
            .param(Timestamp.from(cutoff))
            .update();
    audit.record(
        AuditAction.AUDIT_PRUNE,
        "audit_log",
        "deleted=" + deleted + "; before=" + cutoff + "; retention=" + properties.retention());
    return deleted;
  }
}
