package jp.yamaguchi.katsudo.account;

/**
 * The life of a member account: PENDING until the mail address is confirmed, ACTIVE (may log in),
 * SUSPENDED by staff, DELETED (personal data erased; only an anonymised row is left).
 */
public enum MemberStatus {
  PENDING,
  ACTIVE,
  SUSPENDED,
  DELETED;

  /** The message key of the Japanese label. */
  public String messageKey() {
    return "member.status." + name();
  }
}
