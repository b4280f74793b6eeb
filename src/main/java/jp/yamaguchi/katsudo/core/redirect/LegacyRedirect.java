package jp.yamaguchi.katsudo.core.redirect;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An old URL path of the previous system and where it now lives. */
@Entity
@Table(name = "legacy_redirect")
public class LegacyRedirect {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String oldPath;
  private String newUrl;
  private String note;
  private long hits;
  private Instant createdAt;
  private String createdBy;

  protected LegacyRedirect() {}

  public LegacyRedirect(
      String oldPath, String newUrl, String note, String createdBy, Instant createdAt) {
    this.oldPath = oldPath;
    this.newUrl = newUrl;
    this.note = note;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public void change(String oldPath, String newUrl, String note) {
    this.oldPath = oldPath;
    this.newUrl = newUrl;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public String getOldPath() {
    return oldPath;
  }

  public String getNewUrl() {
    return newUrl;
  }

  public String getNote() {
    return note;
  }

  public long getHits() {
    return hits;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
