package jp.yamaguchi.katsudo.contact.domain;

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
import java.time.LocalDateTime;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.crypto.EncryptedString;
import jp.yamaguchi.katsudo.core.site.Site;

/** One message sent with the contact form; name, address, phone and message are encrypted. */
@Entity
@Table(name = "contact_inquiry")
public class Inquiry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Site site;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private InquiryKind kind;

  @Convert(converter = EncryptedString.class)
  @Column(nullable = false)
  private String name;

  @Convert(converter = EncryptedString.class)
  @Column(nullable = false)
  private String email;

  @Convert(converter = EncryptedString.class)
  private String phone;

  @Convert(converter = EncryptedString.class)
  @Column(nullable = false)
  private String message;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(nullable = false)
  private boolean handled;

  @Column(name = "handled_at")
  private Instant handledAt;

  @Column(name = "handled_by", length = 100)
  private String handledBy;

  @Version private long version;

  protected Inquiry() {}

  Inquiry(
      Site site,
      InquiryKind kind,
      String name,
      String email,
      String phone,
      String message,
      Instant receivedAt) {
    this.site = site;
    this.kind = kind;
    this.name = name;
    this.email = email;
    this.phone = phone;
    this.message = message;
    this.receivedAt = receivedAt;
  }

  void markHandled(boolean value, String by, Instant at) {
    this.handled = value;
    this.handledAt = value ? at : null;
    this.handledBy = value ? by : null;
  }

  public LocalDateTime localReceivedAt() {
    return LocalDateTime.ofInstant(receivedAt, ClockConfig.ZONE);
  }

  public LocalDateTime localHandledAt() {
    return handledAt == null ? null : LocalDateTime.ofInstant(handledAt, ClockConfig.ZONE);
  }

  public Long getId() {
    return id;
  }

  public Site getSite() {
    return site;
  }

  public InquiryKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getMessage() {
    return message;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public boolean isHandled() {
    return handled;
  }

  public Instant getHandledAt() {
    return handledAt;
  }

  public String getHandledBy() {
    return handledBy;
  }

  public long getVersion() {
    return version;
  }
}
