package jp.yamaguchi.katsudo.account.domain;

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
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.crypto.EncryptedString;

/**
 * A group, NPO or company: the one record shared by its Supernet directory listing and its
 * Aikasanet membership (those modules add their own fields or tables referencing it). The contact
 * person's private data is encrypted.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private OrganisationKind kind;

  private String name;
  private String nameKana;

  @Convert(converter = EncryptedString.class)
  private String contactName;

  @Convert(converter = EncryptedString.class)
  private String contactPhone;

  @Convert(converter = EncryptedString.class)
  private String contactEmail;

  private Instant createdAt;
  private Instant updatedAt;

  @Version private long version;

  protected Organisation() {}

  public Organisation(OrganisationKind kind, String name, String nameKana, Instant now) {
    this.kind = kind;
    this.name = name;
    this.nameKana = nameKana;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void changeContact(String name, String phone, String email, Instant now) {
    this.contactName = name;
    this.contactPhone = phone;
    this.contactEmail = email;
    this.updatedAt = now;
  }

  /** Changes kind, name and ふりがな (the directory entry of the organisation was changed). */
  public void rename(OrganisationKind kind, String name, String nameKana, Instant now) {
    this.kind = kind;
    this.name = name;
    this.nameKana = nameKana;
    this.updatedAt = now;
  }

  public void changeKind(OrganisationKind kind, Instant now) {
    this.kind = kind;
    this.updatedAt = now;
  }

  /** Erases the contact person's data (the organisation's last account was deleted). */
  public void eraseContact(Instant now) {
    changeContact(null, null, null, now);
  }

  public Long getId() {
    return id;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getNameKana() {
    return nameKana;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }
}
