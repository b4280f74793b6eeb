package jp.yamaguchi.katsudo.account;

import java.time.Instant;

/**
 * A member account as other modules see it: no password hash, no personal data except the masked
 * mail address (the full one through {@link MemberAccounts#emailOf}).
 *
 * @param organisationId the organisation a GROUP or COMPANY account acts for, or null
 */
public record MemberRef(
    long id,
    String loginId,
    MemberKind kind,
    MemberStatus status,
    String displayName,
    String maskedEmail,
    Long organisationId,
    Instant createdAt,
    Instant verifiedAt,
    Instant lastLoginAt) {

  public boolean active() {
    return status == MemberStatus.ACTIVE;
  }
}
