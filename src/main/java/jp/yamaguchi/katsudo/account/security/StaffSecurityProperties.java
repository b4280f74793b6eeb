package jp.yamaguchi.katsudo.account.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login and session settings, {@code katsudo.security.*} (the lockout has its own {@link
 * LockoutProperties}).
 *
 * @param staffTwoFactor whether the staff login needs a second factor: a code mailed to the
 *     account's address after the password (true in production)
 * @param secondFactorValidity how long a mailed login code is valid
 * @param staffSessionTimeout idle time after which a staff session ends
 * @param memberSessionTimeout idle time after which a member session ends
 * @param noStorePaths path patterns whose responses show personal data and must never be stored by
 *     a browser or proxy, in addition to {@code /admin/**} and every response to a signed-in user
 *     (see {@link NoStoreHeaderWriter})
 */
@ConfigurationProperties("katsudo.security")
public record StaffSecurityProperties(
    boolean staffTwoFactor,
    Duration secondFactorValidity,
    Duration staffSessionTimeout,
    Duration memberSessionTimeout,
    List<String> noStorePaths) {

  public StaffSecurityProperties {
    if (secondFactorValidity == null) secondFactorValidity = Duration.ofMinutes(10);
    if (staffSessionTimeout == null) staffSessionTimeout = Duration.ofMinutes(30);
    if (memberSessionTimeout == null) memberSessionTimeout = Duration.ofMinutes(30);
    noStorePaths = noStorePaths == null ? List.of() : List.copyOf(noStorePaths);
  }
}
