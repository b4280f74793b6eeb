package jp.yamaguchi.katsudo.account.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account lockout (別記2 3.1.6), {@code katsudo.security.lockout.*}: after {@code maxFailures} failed
 * logins for one ID within {@code window}, the ID is locked for {@code duration}.
 */
@ConfigurationProperties("katsudo.security.lockout")
public record LockoutProperties(int maxFailures, Duration window, Duration duration) {

  public LockoutProperties {
    if (maxFailures <= 0) maxFailures = 5;
    if (window == null) window = Duration.ofMinutes(30);
    if (duration == null) duration = Duration.ofMinutes(30);
  }
}
