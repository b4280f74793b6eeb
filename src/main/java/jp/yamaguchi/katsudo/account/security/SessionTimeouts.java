package jp.yamaguchi.katsudo.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Sets the idle timeout of a session when someone signs in (別記2 3.1.9 (2)): {@code
 * katsudo.security.staff-session-timeout} for staff, {@code member-session-timeout} for members.
 * Login success handlers call it; the timeout is stored with the session (Spring Session JDBC's
 * {@code max_inactive_interval}), so every app server applies it.
 */
@Component
public class SessionTimeouts {

  private final StaffSecurityProperties props;

  public SessionTimeouts(StaffSecurityProperties props) {
    this.props = props;
  }

  public void applyStaff(HttpServletRequest request) {
    apply(request, props.staffSessionTimeout());
  }

  /** For the member login (public chain): call from its success handler. */
  public void applyMember(HttpServletRequest request) {
    apply(request, props.memberSessionTimeout());
  }

  private static void apply(HttpServletRequest request, Duration timeout) {
    HttpSession session = request.getSession(false);
    if (session != null) session.setMaxInactiveInterval((int) timeout.toSeconds());
  }
}
