package jp.yamaguchi.katsudo.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.yamaguchi.katsudo.account.TokenPurpose;
import jp.yamaguchi.katsudo.core.crypto.EncryptedString;

/**
 * A single-use token sent by mail. Only the SHA-256 of the token is stored, so a copy of the
 * database gives nobody a usable link.
 */
@Entity
@Table(name = "member_token")
public class MemberToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String tokenHash;

  @Enumerated(EnumType.STRING)
  private TokenPurpose purpose;

  @Column(name = "account_id")
  private Long accountId;

  @Convert(converter = EncryptedString.class)
  private String newEmail;

  private Instant createdAt;
  private Instant expiresAt;
  private Instant usedAt;

  protected MemberToken() {}

  public MemberToken(
      String tokenHash,
      TokenPurpose purpose,
      long accountId,
      String newEmail,
      Instant now,
      Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.purpose = purpose;
    this.accountId = accountId;
    this.newEmail = newEmail;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public void use(Instant now) {
    this.usedAt = now;
  }

  public Long getId() {
    return id;
  }

  public TokenPurpose getPurpose() {
    return purpose;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
