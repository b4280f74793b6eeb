package jp.yamaguchi.katsudo.directory.changes;

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

/**
 * A change request (修正依頼) to a published directory entry: the whole proposed content as JSON
 * (encrypted: it holds the private 登録担当者 fields), kept apart from the entry until staff approve it.
 * The entry does not change before.
 */
@Entity
@Table(name = "directory_change_request")
public class ChangeRequest {

  /** The actor of anonymous requests (confirmed by the registrant's mail). */
  public static final String PUBLIC_ACTOR = "public";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "entry_id", nullable = false)
  private long entryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ChangeState state;

  @Convert(converter = EncryptedString.class)
  @Column(name = "proposed", nullable = false)
  private String proposed;

  @Column(name = "base_version", nullable = false)
  private long baseVersion;

  @Column(name = "submitted_by", nullable = false, length = 100)
  private String submittedBy;

  @Convert(converter = EncryptedString.class)
  @Column(name = "notify_email")
  private String notifyEmail;

  @Column(name = "note", length = 2000)
  private String note;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "reject_reason", length = 2000)
  private String rejectReason;

  @Version private long version;

  protected ChangeRequest() {}

  ChangeRequest(
      long entryId,
      String proposedJson,
      long baseVersion,
      String submittedBy,
      String notifyEmail,
      String note,
      Instant at) {
    this.entryId = entryId;
    this.proposed = proposedJson;
    this.baseVersion = baseVersion;
    this.submittedBy = submittedBy;
    this.notifyEmail = notifyEmail;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.createdAt = at;
    this.state = ChangeState.UNCONFIRMED;
  }

  void confirm(Instant at) {
    state = ChangeState.PENDING;
    confirmedAt = at;
  }

  void approve(String by, Instant at) {
    state = ChangeState.APPROVED;
    decidedBy = by;
    decidedAt = at;
  }

  void reject(String reason, String by, Instant at) {
    state = ChangeState.REJECTED;
    rejectReason = reason;
    decidedBy = by;
    decidedAt = at;
  }

  /** Whether a logged-in member (the entry's owner) sent it, rather than the confirmed public. */
  public boolean byMember() {
    return submittedBy.startsWith("member:");
  }

  public LocalDateTime localCreatedAt() {
    return LocalDateTime.ofInstant(createdAt, ClockConfig.ZONE);
  }

  public LocalDateTime localDecidedAt() {
    return decidedAt == null ? null : LocalDateTime.ofInstant(decidedAt, ClockConfig.ZONE);
  }

  public Long getId() {
    return id;
  }

  public long getEntryId() {
    return entryId;
  }

  public ChangeState getState() {
    return state;
  }

  String getProposed() {
    return proposed;
  }

  public long getBaseVersion() {
    return baseVersion;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  String getNotifyEmail() {
    return notifyEmail;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public long getVersion() {
    return version;
  }
}
