package jp.yamaguchi.katsudo.account.security;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A login refused before authentication because the ID or the password is longer than any account
 * can have ({@link LoginInput}). The login pages say which field is too long.
 */
public class LoginInputTooLongException extends BadCredentialsException {

  private final boolean loginId;

  public LoginInputTooLongException(boolean loginId) {
    super(loginId ? "Login ID too long" : "Password too long");
    this.loginId = loginId;
  }

  /** Whether the ID is too long (else the password). */
  public boolean loginId() {
    return loginId;
  }
}
