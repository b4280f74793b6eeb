package jp.yamaguchi.katsudo.account.security;

import java.util.Optional;
import java.util.function.UnaryOperator;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Wraps a password authentication provider with the input limits, the per-client limit, the lockout
 * and the audit log, for one realm ({@code staff} or {@code member}). In this order, each before
 * the password is checked: an ID or password longer than any account can have is refused at once
 * ({@link LoginInputTooLongException}, nothing counted or recorded); a client (IP address) with too
 * many failed logins is refused ({@link ClientLoginLimit}, not counted against the ID, so a
 * throttled attacker cannot lock out more IDs); a locked ID is refused ({@link LoginLockout}).
 * Whatever went wrong — unknown ID, wrong password, locked, suspended, unverified, too many
 * failures from the client — the caller sees the same {@link BadCredentialsException}, so the login
 * page can only say that the ID or the password is wrong (別記2 3.1.5). The audit log records the
 * real reason. It wraps the password step and, with two factors, the login-code step of the same
 * realm, so wrong passwords and wrong codes add up to one count per ID and per client.
 */
public class LockoutAuthenticationProvider implements AuthenticationProvider {

  private final String realm;
  private final AuthenticationProvider delegate;
  private final LoginLockout lockout;
  private final ClientLoginLimit clients;
  private final AuditLog audit;
  private final UnaryOperator<String> canonicalId;
  private final AuditAction successAction;
  private final boolean clearOnSuccess;

  /**
   * @param canonicalId maps what was typed to the account's canonical login ID when the account
   *     exists (e.g. an email address to its login ID), so every way of naming an account shares
   *     one failure count; returns the input unchanged otherwise
   */
  public LockoutAuthenticationProvider(
      String realm,
      AuthenticationProvider delegate,
      LoginLockout lockout,
      ClientLoginLimit clients,
      AuditLog audit,
      UnaryOperator<String> canonicalId) {
    this(realm, delegate, lockout, clients, audit, canonicalId, AuditAction.LOGIN_SUCCESS, true);
  }

  /**
   * @param successAction what a success records: LOGIN_SUCCESS for a password,
   *     SECOND_FACTOR_SUCCESS for the second factor
   * @param clearOnSuccess whether a success clears the failure count; false for a first factor that
   *     a second one follows, so the count of wrong codes is not reset by typing the password again
   */
  public LockoutAuthenticationProvider(
      String realm,
      AuthenticationProvider delegate,
      LoginLockout lockout,
      ClientLoginLimit clients,
      AuditLog audit,
      UnaryOperator<String> canonicalId,
      AuditAction successAction,
      boolean clearOnSuccess) {
    this.realm = realm;
    this.delegate = delegate;
    this.lockout = lockout;
    this.clients = clients;
    this.audit = audit;
    this.canonicalId = canonicalId;
    this.successAction = successAction;
    this.clearOnSuccess = clearOnSuccess;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String typed = authentication.getName();
    // longer than any account's: refused before any work is done with it (not even the audit log)
    if (LoginInput.loginIdTooLong(typed)) throw new LoginInputTooLongException(true);
    if (LoginInput.passwordTooLong(authentication.getCredentials())) {
      throw new LoginInputTooLongException(false);
    }
    String id = canonicalId.apply(typed == null ? "" : typed.strip());
    String key = LoginLockout.key(realm, id);
    String who = realm + ":" + id;
    // the client's and the ID's attempts are reserved (counted) before the password is checked,
    // so parallel guesses cannot get more checks through than the limits allow
    Optional<ClientLoginLimit.Attempt> client = clients.tryAttempt(realm);
    if (client.isEmpty()) {
      audit.record(AuditAction.LOGIN_FAILURE, who, key, "too many failures from this client");
      throw new BadCredentialsException("Bad credentials");
    }
    if (!lockout.tryAttempt(key)) {
      audit.record(AuditAction.LOGIN_FAILURE, who, key, "locked");
      throw new BadCredentialsException("Bad credentials");
    }
    try {
      Authentication result = delegate.authenticate(authentication);
      if (result == null) {
        throw new BadCredentialsException("Bad credentials");
      }
      if (clearOnSuccess) lockout.recordSuccess(key);
      else lockout.release(key);
      client.get().succeeded();
      audit.record(successAction, result.getName(), realm, null);
      return result;
    } catch (AuthenticationException e) {
      lockout.failed(key);
      audit.record(
          AuditAction.LOGIN_FAILURE,
          who,
          key,
          e.getClass().getSimpleName().replace("Exception", ""));
      throw new BadCredentialsException("Bad credentials", e);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return delegate.supports(authentication);
  }
}
