package jp.yamaguchi.katsudo.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.audit.AuditMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;

/**
 * What happens after each step of the staff login. After the password: the session gets the staff
 * idle timeout and, with two factors, a login code is mailed and the browser goes to the code page
 * (an account without an address cannot go on: its half-finished session is ended). After the code
 * (or the password alone, with one factor): the page that was asked for, or the dashboard.
 */
final class StaffLoginHandlers {

  static final String CODE_PAGE = "/admin/login/code";
  static final String CODE_SEND = "/admin/login/code/send";

  private static final Logger log = LoggerFactory.getLogger(StaffLoginHandlers.class);

  private StaffLoginHandlers() {}

  /** The last step: timeout, then the saved request or the dashboard. */
  static AuthenticationSuccessHandler complete(SessionTimeouts timeouts) {
    var target = new SavedRequestAwareAuthenticationSuccessHandler();
    target.setDefaultTargetUrl("/admin/");
    return (request, response, authentication) -> {
      timeouts.applyStaff(request);
      target.onAuthenticationSuccess(request, response, authentication);
    };
  }

  /** After the password, when a code must follow. */
  static AuthenticationSuccessHandler passwordThenCode(
      SessionTimeouts timeouts, StaffLoginCodes codes, AuditLog audit) {
    return (request, response, authentication) -> {
      timeouts.applyStaff(request);
      String name = authentication.getName();
      boolean sent;
      try {
        sent = codes.sendNew(name);
      } catch (MailException e) {
        log.error("the login code for '{}' could not be mailed: {}", name, failure(e));
        abandon(request, response, "/admin/login?mailError");
        return;
      }
      if (!sent) {
        audit.record(
            AuditAction.LOGIN_FAILURE, name, "staff:" + name, "no mail address for the code");
        abandon(request, response, "/admin/login?noEmail");
        return;
      }
      response.sendRedirect(request.getContextPath() + CODE_PAGE);
    };
  }

  /**
   * A failed password step: back to the login page with the uniform error, or, for an ID or
   * password longer than any account's, with a message naming the field (it says nothing about any
   * account).
   */
  static AuthenticationFailureHandler failed() {
    return (request, response, exception) -> {
      String target =
          exception instanceof LoginInputTooLongException tooLong
              ? tooLong.loginId() ? "/admin/login?idTooLong" : "/admin/login?passwordTooLong"
              : "/admin/login?error";
      response.sendRedirect(request.getContextPath() + target);
    };
  }

  /** The code page's 「コードを再送する」: mail the new code, back to the code page. */
  static OneTimeTokenGenerationSuccessHandler resent(StaffLoginCodes codes) {
    return (request, response, token) -> {
      String target = CODE_PAGE + "?sent";
      try {
        if (!codes.send(token)) target = "/admin/login?noEmail";
      } catch (MailException e) {
        log.error(
            "the login code for '{}' could not be mailed: {}", token.getUsername(), failure(e));
        target = CODE_PAGE + "?mailError";
      }
      response.sendRedirect(request.getContextPath() + target);
    };
  }

  /**
   * A mail failure for the log without the staff member's address: the exception class and its
   * masked message (no stack trace, whose nested messages may name the recipient).
   */
  private static String failure(MailException e) {
    return e.getClass().getName() + ": " + AuditMasking.text(e.getMessage());
  }

  /** Ends a login that cannot be completed. */
  private static void abandon(HttpServletRequest request, HttpServletResponse response, String to)
      throws IOException {
    SecurityContextHolder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) session.invalidate();
    response.sendRedirect(request.getContextPath() + to);
  }
}
