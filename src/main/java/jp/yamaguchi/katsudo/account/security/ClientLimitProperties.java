package jp.yamaguchi.katsudo.account.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limit of failed logins per client (IP address), {@code katsudo.security.client-limit.*}: at
 * most {@code maxFailures} failed logins per {@code window} from one address, counted per realm
 * (the staff login and the member login apart). Unlike the lockout it does not depend on the ID, so
 * it slows down guessing one password for many IDs (password spraying).
 */
@ConfigurationProperties("katsudo.security.client-limit")
public record ClientLimitProperties(int maxFailures, Duration window) {

  public ClientLimitProperties {
    if (maxFailures <= 0) maxFailures = 10;
    if (window == null || window.compareTo(Duration.ofSeconds(1)) < 0) {
      window = Duration.ofMinutes(15);
    }
  }
}
