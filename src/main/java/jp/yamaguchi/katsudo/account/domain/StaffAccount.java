package jp.yamaguchi.katsudo.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.yamaguchi.katsudo.account.StaffRole;

/** A member of the center's staff who signs in to the admin. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;
  private String displayName;
  private String email;
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private StaffRole role;

  private boolean enabled = true;
  private Instant createdAt;
  private Instant updatedAt;

  protected StaffAccount() {}

  public StaffAccount(
      String username,
      String displayName,
      String email,
      String passwordHash,
      StaffRole role,
      Instant at) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.passwordHash = passwordHash;
    this.role = role;
    this.createdAt = at;
    this.updatedAt = createdAt;
  }

  public void change(
      String displayName, String email, StaffRole role, boolean enabled, Instant at) {
    this.displayName = displayName;
    this.email = email;
    this.role = role;
    this.enabled = enabled;
    this.updatedAt = at;
  }

  public void changePasswordHash(String passwordHash, Instant at) {
    this.passwordHash = passwordHash;
    this.updatedAt = at;
  }

  /** A re-hash of the same password (algorithm upgrade at login); not a password change. */
  public void upgradePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public StaffRole getRole() {
    return role;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
