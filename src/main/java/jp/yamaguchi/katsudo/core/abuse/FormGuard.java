package jp.yamaguchi.katsudo.core.abuse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The one line a public form's POST handler calls: the {@link SpamGuard} check and the form's
 * {@link RateLimits}, turned into a Japanese error of the form's error summary (the typed values
 * stay, since the controller shows the same form object again) and the right HTTP status. See the
 * package documentation for the usage.
 */
@Component
public class FormGuard {

  /** Message of a refused submission (honeypot, missing, forged or stale token). */
  public static final String SPAM = "e.abuse.spam";

  /** Message of a submission sent too soon after the form was shown. */
  public static final String TOO_FAST = "e.abuse.tooFast";

  /** Message of a form shown too long ago. */
  public static final String EXPIRED = "e.abuse.expired";

  /** Message of a rate limit reached. */
  public static final String TOO_MANY = "e.abuse.tooMany";

  private static final Logger log = LoggerFactory.getLogger(FormGuard.class);

  private final SpamGuard spam;
  private final RateLimits limits;

  public FormGuard(SpamGuard spam, RateLimits limits) {
    this.spam = spam;
    this.limits = limits;
  }

  /**
   * Whether the submission of {@code form} may go ahead. If not, a global error is added to {@code
   * result} and the response status is set: 400 for what the spam guard refuses, 429 with {@code
   * Retry-After} for a rate limit. The limits are counted only when the spam guard lets the
   * submission through, in the order given; the first one reached stops the rest.
   */
  public boolean passes(
      HttpServletRequest request,
      HttpServletResponse response,
      BindingResult result,
      String form,
      Limit... formLimits) {
    SpamGuard.Verdict verdict = spam.check(request, form);
    if (!verdict.ok()) {
      log.info("Form '{}' refused by the spam guard: {}", form, verdict);
      String message =
          switch (verdict) {
            case TOO_FAST -> TOO_FAST;
            case EXPIRED -> EXPIRED;
            default -> SPAM;
          };
      result.reject(message, message);
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return false;
    }
    for (Limit limit : formLimits) {
      String key;
      if (limit.perClient()) {
        key = request.getRemoteAddr();
      } else if (limit.target() == null || limit.target().isBlank()) {
        continue;
      } else {
        key = limit.target();
      }
      if (!limits.tryAcquire(limit.bucket(), key, limit.max(), limit.window())) {
        log.info("Form '{}' refused by the rate limit '{}'", form, limit.bucket());
        result.reject(TOO_MANY, TOO_MANY);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        long seconds = Math.max(1, limits.retryAfter(limit.window()).toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return false;
      }
    }
    return true;
  }
}
