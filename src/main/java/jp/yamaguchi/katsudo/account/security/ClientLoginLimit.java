package jp.yamaguchi.katsudo.account.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.abuse.RateLimits;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Limits failed logins per client IP address and realm ({@link ClientLimitProperties}), in the
 * shared database counters of {@link RateLimits} (bucket {@code login-failures:<realm>:ip}). Only
 * failures count: a login reserves a slot before its password is checked — so parallel guesses
 * cannot get more checks through than the limit — and a successful login gives the slot back. A
 * client at the limit is refused before its password is checked, with the same answer as any other
 * failed login.
 */
@Service
public class ClientLoginLimit {

  /** A reserved slot; {@link #succeeded()} gives it back. */
  public interface Attempt {
    void succeeded();
  }

  private static final Attempt NO_CLIENT = () -> {};

  private final RateLimits limits;
  private final ClientLimitProperties props;

  public ClientLoginLimit(RateLimits limits, ClientLimitProperties props) {
    this.limits = limits;
    this.props = props;
  }

  public ClientLimitProperties settings() {
    return props;
  }

  /**
   * Reserves one login attempt of the current request's client in {@code realm}: empty when the
   * client has reached the limit of failures in the current window. Outside a request (no client)
   * there is nothing to count.
   */
  public Optional<Attempt> tryAttempt(String realm) {
    String client = currentClient();
    if (client == null) return Optional.of(NO_CLIENT);
    return limits
        .acquire(bucket(realm), client, props.maxFailures(), props.window())
        .map(permit -> () -> limits.release(permit));
  }

  static String bucket(String realm) {
    return "login-failures:" + realm + ":ip";
  }

  /**
   * The client address of the current request (behind the reverse proxy, the address it reports:
   * {@code server.forward-headers-strategy=native}), or null outside a request.
   */
  private static String currentClient() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
