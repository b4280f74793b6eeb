package jp.yamaguchi.katsudo.core.terms;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a terms text. Versions are never changed once saved: a change is a new version, so
 * what a person agreed to can always be shown again.
 */
@Entity
@Table(name = "terms_version")
public class TermsVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private TermsKind kind;

  private int version;
  private String title;
  private String body;
  private LocalDate effectiveOn;
  private Instant createdAt;
  private String createdBy;

  protected TermsVersion() {}

  TermsVersion(
      TermsKind kind,
      int version,
      String title,
      String body,
      LocalDate effectiveOn,
      Instant createdAt,
      String createdBy) {
    this.kind = kind;
    this.version = version;
    this.title = title;
    this.body = body;
    this.effectiveOn = effectiveOn;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  TermsText text() {
    return new TermsText(kind, version, title, body, effectiveOn, createdAt, createdBy);
  }

  public Long getId() {
    return id;
  }

  public TermsKind getKind() {
    return kind;
  }

  public int getVersion() {
    return version;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }
}
