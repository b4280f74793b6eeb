package jp.yamaguchi.katsudo.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The member side of the public chain's session: logs a member in (new session ID, new CSRF token,
 * context saved under its own session key {@link #CONTEXT_KEY}), re-issues the principal after the
 * member's own password change, and logs out.
 *
 * <p>The member's security context lives under {@link #CONTEXT_KEY}, the staff's under Spring's
 * default key, so a staff login in the admin and a member login on a public site in the same
 * browser never overwrite each other. Spring Session indexes a session by the principal of the
 * default key only, so the staff code ({@code findByPrincipalName}) never finds a session by a
 * member's name; members' sessions end through their security stamp instead ({@link
 * MemberSessionFilter}).
 */
public class MemberSessions {

  /** The session attribute holding the member's security context. */
  public static final String CONTEXT_KEY = "KATSUDO_MEMBER_SECURITY_CONTEXT";

  /** The CSRF token store of the public chain. */
  static final CsrfTokenRepository CSRF = new HttpSessionCsrfTokenRepository();

  private final AuthenticationManager manager;
  private final HttpSessionSecurityContextRepository repository;
  private final CsrfAuthenticationStrategy csrf = new CsrfAuthenticationStrategy(CSRF);
  private final AuditLog audit;

  public MemberSessions(LockoutAuthenticationProvider provider, AuditLog audit) {
    ProviderManager pm = new ProviderManager(provider);
    pm.setEraseCredentialsAfterAuthentication(true);
    this.manager = pm;
    this.repository = new HttpSessionSecurityContextRepository();
    this.repository.setSpringSecurityContextKey(CONTEXT_KEY);
    this.audit = audit;
  }

  HttpSessionSecurityContextRepository repository() {
    return repository;
  }

  /**
   * Checks the login ID (or address) and password; on success the member is signed in for this
   * session. Every failure is an {@link AuthenticationException} whose cause tells a PENDING
   * account with the right password ({@link #pendingAccount}).
   */
  public MemberUser login(
      String loginIdOrEmail,
      String password,
      HttpServletRequest request,
      HttpServletResponse response) {
    Authentication result =
        manager.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated(loginIdOrEmail, password));
    request.getSession();
    request.changeSessionId();
    csrf.onAuthentication(result, request, response);
    save(result, request, response);
    return (MemberUser) result.getPrincipal();
  }

  /** Whether a failed login was a PENDING account whose password was right. */
  public static boolean pendingAccount(AuthenticationException e) {
    return e.getCause()
        instanceof org.springframework.security.authentication.CredentialsExpiredException;
  }

  /**
   * Replaces the principal of this session (after the member's own password change), under a new
   * session ID and with a new CSRF token, as at the login.
   */
  public void refresh(
      MemberUser principal, HttpServletRequest request, HttpServletResponse response) {
    principal.eraseCredentials();
    Authentication auth =
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities());
    request.getSession();
    request.changeSessionId();
    csrf.onAuthentication(auth, request, response);
    save(auth, request, response);
  }

  /** Ends the whole session (like the logout button), e.g. after the member deleted the account. */
  public void logout(HttpServletRequest request, HttpServletResponse response) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof MemberUser) {
      audit.record(AuditAction.LOGOUT, auth.getName(), MemberUser.REALM, null);
    }
    SecurityContextHolder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) session.invalidate();
  }

  private void save(Authentication auth, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    repository.saveContext(context, request, response);
  }
}
