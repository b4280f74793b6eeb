package jp.yamaguchi.katsudo.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Records a logout in the audit log (before the session is destroyed). */
public class AuditLogoutHandler implements LogoutHandler {

  private final AuditLog audit;
  private final String realm;

  public AuditLogoutHandler(AuditLog audit, String realm) {
    this.audit = audit;
    this.realm = realm;
  }

  @Override
  public void logout(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (authentication != null) {
      audit.record(AuditAction.LOGOUT, authentication.getName(), realm, null);
    }
  }
}
