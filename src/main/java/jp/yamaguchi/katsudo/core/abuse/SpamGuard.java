package jp.yamaguchi.katsudo.core.abuse;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.web.PageCacheFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells form-filling robots from people without a third-party service: a honeypot field people
 * leave empty, and a signed token of when the form was shown. A submission is refused when the
 * honeypot is filled, the token is missing, forged or made for another form, or the form came back
 * faster than a person can fill it ({@code katsudo.abuse.min-fill-time}, 3 seconds) or more than
 * {@code katsudo.abuse.max-form-age} (a day) after it was shown.
 *
 * <p>The token is {@code base64url(form|epochSecond|nonce).hmac}, the HMAC keyed with the lookup
 * key of {@link FieldCrypto} (from the environment), so it cannot be made or changed without the
 * key. It is not single-use: sending it again only repeats a submission the form's rate limits
 * ({@link RateLimits}) count anyway, so a replay gains nothing.
 *
 * <p>Templates add the fields with {@code fragments/guard :: fields('form-name')}; controllers
 * check with {@link #check} or, together with rate limits, through {@link FormGuard}.
 */
@Component
public class SpamGuard {

  /** The honeypot's request parameter: a field people are told to leave empty. */
  public static final String HONEYPOT = "website_confirm";

  /** The request parameter carrying the signed render time. */
  public static final String TOKEN = "form_token";

  /** What {@link #check} found. */
  public enum Verdict {
    OK,
    HONEYPOT_FILLED,
    TOKEN_MISSING,
    TOKEN_INVALID,
    TOO_FAST,
    EXPIRED;

    public boolean ok() {
      return this == OK;
    }
  }

  private final FieldCrypto crypto;
  private final Clock clock;
  private final Duration minFillTime;
  private final Duration maxFormAge;
  private final SecureRandom random = new SecureRandom();

  @Autowired
  public SpamGuard(
      FieldCrypto crypto,
      Clock clock,
      @Value("${katsudo.abuse.min-fill-time:3s}") Duration minFillTime,
      @Value("${katsudo.abuse.max-form-age:24h}") Duration maxFormAge) {
    this.crypto = crypto;
    this.clock = clock;
    this.minFillTime = minFillTime;
    this.maxFormAge = maxFormAge;
  }

  /**
   * A fresh token for the form, stamped with the current time (called by the template). The page
   * showing it is kept out of the page cache, so every visitor gets a token of their own.
   */
  public String token(String form) {
    checkName(form);
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      attrs.getRequest().setAttribute(PageCacheFilter.NO_STORE, Boolean.TRUE);
    }
    byte[] nonce = new byte[8];
    random.nextBytes(nonce);
    String payload =
        form + "|" + clock.instant().getEpochSecond() + "|" + HexFormat.of().formatHex(nonce);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(payload))
        + "."
        + mac(payload);
  }

  /** Checks the honeypot and the token of a submission of {@code form}. */
  public Verdict check(HttpServletRequest request, String form) {
    String[] honeypot = request.getParameterValues(HONEYPOT);
    String filled = null;
    if (honeypot != null) {
      for (String value : honeypot) {
        if (value != null && !value.isEmpty()) filled = value;
      }
    }
    String[] tokens = request.getParameterValues(TOKEN);
    if (tokens != null && tokens.length > 1) return Verdict.TOKEN_INVALID;
    return check(filled, tokens == null ? null : tokens[0], form);
  }

  /** Checks a honeypot value and a token (for callers without the request). */
  public Verdict check(String honeypot, String token, String form) {
    checkName(form);
    if (honeypot != null && !honeypot.isEmpty()) return Verdict.HONEYPOT_FILLED;
    if (token == null || token.isBlank()) return Verdict.TOKEN_MISSING;
    int dot = token.indexOf('.');
    if (dot < 1 || token.length() > 300) return Verdict.TOKEN_INVALID;
    String payload;
    try {
      payload =
          new String(
              Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Verdict.TOKEN_INVALID;
    }
    if (!MessageDigest.isEqual(bytes(mac(payload)), bytes(token.substring(dot + 1)))) {
      return Verdict.TOKEN_INVALID;
    }
    String[] parts = payload.split("\\|");
    if (parts.length != 3 || !parts[0].equals(form)) return Verdict.TOKEN_INVALID;
    long issued;
    try {
      issued = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      return Verdict.TOKEN_INVALID;
    }
    long age = clock.instant().getEpochSecond() - issued;
    if (age < minFillTime.toSeconds()) return Verdict.TOO_FAST;
    if (age > maxFormAge.toSeconds()) return Verdict.EXPIRED;
    return Verdict.OK;
  }

  private String mac(String payload) {
    return crypto.lookupHash("spam-guard|" + payload);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void checkName(String form) {
    if (form == null || !form.matches("[a-z0-9-]{1,40}")) {
      throw new IllegalArgumentException("form name must be 1-40 of [a-z0-9-]: " + form);
    }
  }
}
