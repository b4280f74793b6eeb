package jp.yamaguchi.katsudo.account;

import java.time.Duration;

/**
 * What a mailed single-use token is for, and how long it lives. A token only works for its own
 * purpose.
 */
public enum TokenPurpose {
  /** Confirms the address of a new account (24 hours). */
  VERIFY_EMAIL(Duration.ofHours(24)),
  /** Sets a new password (30 minutes; 7 days for an account staff created). */
  RESET_PASSWORD(Duration.ofMinutes(30)),
  /** Confirms a new address (24 hours). */
  CHANGE_EMAIL(Duration.ofHours(24));

  /** How long a set-password link for an account created by staff lives. */
  public static final Duration STAFF_CREATED_SET_PASSWORD = Duration.ofDays(7);

  private final Duration lifetime;

  TokenPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }
}
