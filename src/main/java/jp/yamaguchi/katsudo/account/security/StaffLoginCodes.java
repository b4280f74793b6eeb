package jp.yamaguchi.katsudo.account.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffSummary;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.audit.AuditMasking;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.mail.Mailer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second factor of the staff login: a one-time code of {@link #DIGITS} digits, mailed to the
 * account's address, that the staff member types after the password. It is Spring Security's {@link
 * OneTimeTokenService} of the admin's {@code oneTimeTokenLogin()}, kept in the database (table
 * {@code staff_login_code}) so every app server accepts it. Unlike Spring's own token services, the
 * code is short enough to type, so it is bound to the user who typed the password (the lookup is by
 * login ID and code), stored only as an HMAC, single use (deleted atomically when used) and valid
 * for {@code katsudo.security.second-factor-validity}. Wrong codes count towards the login lockout
 * (see {@link LockoutAuthenticationProvider}).
 */
@Service
public class StaffLoginCodes implements OneTimeTokenService {

  public static final int DIGITS = 8;

  private final JdbcClient jdbc;
  private final FieldCrypto crypto;
  private final Clock clock;
  private final StaffSecurityProperties props;
  private final StaffAccounts accounts;
  private final Mailer mailer;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final SecureRandom random = new SecureRandom();

  public StaffLoginCodes(
      JdbcClient jdbc,
      FieldCrypto crypto,
      Clock clock,
      StaffSecurityProperties props,
      StaffAccounts accounts,
      Mailer mailer,
      AuditLog audit,
      TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.crypto = crypto;
    this.clock = clock;
    this.props = props;
    this.accounts = accounts;
    this.mailer = mailer;
    this.audit = audit;
    this.tx = tx;
  }

  /** A new code for {@code request.getUsername()}; replaces a pending one. */
  @Override
  public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
    String username = request.getUsername();
    StringBuilder code = new StringBuilder(DIGITS);
    for (int i = 0; i < DIGITS; i++) code.append(random.nextInt(10));
    Instant now = clock.instant();
    Instant expiresAt = now.plus(props.secondFactorValidity());
    tx.executeWithoutResult(
        s -> {
          jdbc.sql("DELETE FROM staff_login_code WHERE username = ? OR expires_at <= ?")
              .params(username, Timestamp.from(now))
              .update();
          jdbc.sql(
                  "INSERT INTO staff_login_code (username, code_hash, expires_at)"
                      + " VALUES (?, ?, ?)")
              .params(username, hash(username, code.toString()), Timestamp.from(expiresAt))
              .update();
        });
    return new DefaultOneTimeToken(code.toString(), username, expiresAt);
  }

  /**
   * The token when {@code token.getPrincipal()} (the login ID) has this pending code, else null.
   * Used at most once: the code is deleted in the same statement that checks it.
   */
  @Override
  public OneTimeToken consume(OneTimeTokenAuthenticationToken token) {
    if (!(token.getPrincipal() instanceof String username) || token.getTokenValue() == null) {
      return null;
    }
    String typed = normalise(token.getTokenValue());
    if (typed.length() != DIGITS) return null;
    Instant now = clock.instant();
    int used =
        jdbc.sql(
                "DELETE FROM staff_login_code WHERE username = ? AND code_hash = ?"
                    + " AND expires_at > ?")
            .params(username, hash(username, typed), Timestamp.from(now))
            .update();
    return used == 1 ? new DefaultOneTimeToken(typed, username, now) : null;
  }

  /**
   * Mails a freshly generated code to the account's address and records SECOND_FACTOR_SENT.
   *
   * @return false when the account has no address (it cannot complete the login)
   */
  public boolean send(OneTimeToken token) {
    Optional<StaffSummary> account = accounts.byUsername(token.getUsername());
    String email = account.map(StaffSummary::email).orElse(null);
    if (email == null || email.isBlank()) {
      jdbc.sql("DELETE FROM staff_login_code WHERE username = ?")
          .param(token.getUsername())
          .update();
      return false;
    }
    mailer.send(
        email,
        "account/login-code",
        Map.of(
            "displayName", account.get().displayName(),
            "code", token.getTokenValue(),
            "minutes", props.secondFactorValidity().toMinutes()));
    audit.record(
        AuditAction.SECOND_FACTOR_SENT,
        token.getUsername(),
        "staff:" + token.getUsername(),
        "mail to " + AuditMasking.email(email));
    return true;
  }

  /** Generates a code for {@code username} and mails it; false when the account has no address. */
  public boolean sendNew(String username) {
    return send(generate(new GenerateOneTimeTokenRequest(username, props.secondFactorValidity())));
  }

  /** How long a code is valid. */
  public java.time.Duration validity() {
    return props.secondFactorValidity();
  }

  /** Where the code went, masked ({@code t***@example.jp}), or null. */
  public String maskedAddress(String username) {
    return accounts.byUsername(username).map(a -> AuditMasking.email(a.email())).orElse(null);
  }

  /** Full-width digits, spaces and hyphens typed by a person are accepted. */
  static String normalise(String typed) {
    String s = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC);
    return s.replaceAll("[\\s\\-]", "");
  }

  private String hash(String username, String code) {
    return crypto.lookupHash(username + "\n" + code);
  }
}
