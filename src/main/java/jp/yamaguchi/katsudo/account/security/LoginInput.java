package jp.yamaguchi.katsudo.account.security;

import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.PasswordPolicy;

/**
 * How long a login ID and a password typed at a login form may be. Both login forms (members and
 * staff) refuse longer input before anything else is done with it — no lockout count, no password
 * hash, no audit entry — so a megabyte typed as an ID costs no more than a short one. No account
 * can have a longer ID or password, so the refusal says nothing about any account.
 */
public final class LoginInput {

  /** The longest login ID or mail address: a mail address has at most 254 characters. */
  public static final int MAX_LOGIN_ID = MemberAccounts.EMAIL_MAX;

  /** The longest password an account can have ({@link PasswordPolicy#MAX}). */
  public static final int MAX_PASSWORD = PasswordPolicy.MAX;

  private LoginInput() {}

  public static boolean loginIdTooLong(CharSequence loginId) {
    return loginId != null && loginId.length() > MAX_LOGIN_ID;
  }

  public static boolean passwordTooLong(Object password) {
    return password instanceof CharSequence p && p.length() > MAX_PASSWORD;
  }
}
