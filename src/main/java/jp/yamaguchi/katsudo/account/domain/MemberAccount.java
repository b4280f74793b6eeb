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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import jp.yamaguchi.katsudo.account.MemberKind;
import jp.yamaguchi.katsudo.account.MemberStatus;
import jp.yamaguchi.katsudo.account.PersonalProfile;
import jp.yamaguchi.katsudo.core.crypto.EncryptedLocalDate;
import jp.yamaguchi.katsudo.core.crypto.EncryptedString;

/**
 * A member's login on the public sites, with the individual's private profile (encrypted). The mail
 * address is encrypted too; {@code emailHash} (a keyed hash of the normalised address) finds an
 * account by its address and keeps addresses unique among live accounts.
 *
 * <p>{@code securityStamp} changes whenever the sessions of the account must end (password change
 * or reset, suspension, deletion): a session remembers the stamp it logged in with and is signed
 * out at its next request when they differ.
 */
@Entity
@Table(name = "member_account")
public class MemberAccount {

  /** Prefix of the login ID a deleted account gets; no member can choose it ('#'). */
  public static final String DELETED_PREFIX = "#deleted-";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String loginId;

  @Convert(converter = EncryptedString.class)
  private String email;

  private String emailHash;
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private MemberKind kind;

  @Enumerated(EnumType.STRING)
  private MemberStatus status;

  private String displayName;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Convert(converter = EncryptedString.class)
  private String fullName;

  @Convert(converter = EncryptedString.class)
  private String fullNameKana;

  @Convert(converter = EncryptedLocalDate.class)
  private LocalDate birthDate;

  @Convert(converter = EncryptedString.class)
  private String phone;

  @Convert(converter = EncryptedString.class)
  private String postalCode;

  @Convert(converter = EncryptedString.class)
  private String address;

  private long securityStamp;
  private Instant createdAt;
  private Instant updatedAt;
  private Instant verifiedAt;
  private Instant lastLoginAt;
  private Instant deletedAt;

  @Version private long version;

  protected MemberAccount() {}

  public MemberAccount(
      String loginId,
      String email,
      String emailHash,
      String passwordHash,
      MemberKind kind,
      String displayName,
      Long organisationId,
      Instant now) {
    this.loginId = loginId;
    this.email = email;
    this.emailHash = emailHash;
    this.passwordHash = passwordHash;
    this.kind = kind;
    this.displayName = displayName;
    this.organisationId = organisationId;
    this.status = MemberStatus.PENDING;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void changeProfile(PersonalProfile p, Instant now) {
    PersonalProfile profile = p == null ? PersonalProfile.EMPTY : p;
    this.fullName = profile.fullName();
    this.fullNameKana = profile.fullNameKana();
    this.birthDate = profile.birthDate();
    this.phone = profile.phone();
    this.postalCode = profile.postalCode();
    this.address = profile.address();
    this.updatedAt = now;
  }

  public PersonalProfile profile() {
    return new PersonalProfile(fullName, fullNameKana, birthDate, phone, postalCode, address);
  }

  /** The mail address is proven: the account may log in. */
  public void activate(Instant now) {
    this.status = MemberStatus.ACTIVE;
    if (verifiedAt == null) verifiedAt = now;
    this.updatedAt = now;
  }

  public void changePasswordHash(String hash, Instant now) {
    this.passwordHash = hash;
    this.updatedAt = now;
    this.securityStamp++;
  }

  /** A re-hash of the same password at login (algorithm upgrade); sessions stay. */
  public void upgradePasswordHash(String hash) {
    this.passwordHash = hash;
  }

  public void changeEmail(String email, String emailHash, Instant now) {
    this.email = email;
    this.emailHash = emailHash;
    this.verifiedAt = now;
    this.updatedAt = now;
  }

  public void change(String displayName, MemberKind kind, Long organisationId, Instant now) {
    this.displayName = displayName;
    this.kind = kind;
    this.organisationId = organisationId;
    this.updatedAt = now;
  }

  public void suspend(Instant now) {
    this.status = MemberStatus.SUSPENDED;
    this.updatedAt = now;
    this.securityStamp++;
  }

  public void resume(Instant now) {
    this.status = verifiedAt == null ? MemberStatus.PENDING : MemberStatus.ACTIVE;
    this.updatedAt = now;
  }

  public void loggedIn(Instant now) {
    this.lastLoginAt = now;
  }

  /**
   * Erases every personal field and keeps an anonymised row: id, kind, dates and the status
   * DELETED. The login ID is replaced, so someone may choose it again.
   */
  public void anonymise(Instant now) {
    changeProfile(PersonalProfile.EMPTY, now);
    this.loginId = DELETED_PREFIX + id;
    this.email = null;
    this.emailHash = null;
    this.passwordHash = null;
    this.displayName = null;
    this.status = MemberStatus.DELETED;
    this.deletedAt = now;
    this.securityStamp++;
  }

  public Long getId() {
    return id;
  }

  public String getLoginId() {
    return loginId;
  }

  public String getEmail() {
    return email;
  }

  public String getEmailHash() {
    return emailHash;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public MemberKind getKind() {
    return kind;
  }

  public MemberStatus getStatus() {
    return status;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public long getSecurityStamp() {
    return securityStamp;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }
}
