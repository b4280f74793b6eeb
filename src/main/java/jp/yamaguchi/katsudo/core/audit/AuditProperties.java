package jp.yamaguchi.katsudo.core.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Audit-log settings, bound from {@code katsudo.audit.*} (environment {@code KATSUDO_AUDIT_*}).
 *
 * @param retention how long entries are kept before pruning (default 400 days); the specification
 *     (別記2 3.5.2) requires at least a year, so less than {@link #MINIMUM} stops the application at
 *     start-up
 */
@ConfigurationProperties("katsudo.audit")
public record AuditProperties(Duration retention) {

  /** The shortest retention allowed: one year. */
  public static final Duration MINIMUM = Duration.ofDays(365);

  /** The retention when none is configured. */
  public static final Duration DEFAULT = Duration.ofDays(400);

  public AuditProperties {
    if (retention == null) retention = DEFAULT;
    if (retention.compareTo(MINIMUM) < 0) {
      throw new IllegalStateException(
          "katsudo.audit.retention must be at least 365 days (security spec 3.5.2), got "
              + retention);
    }
  }
}
