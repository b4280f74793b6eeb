package jp.yamaguchi.katsudo.media.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaKind;
import org.springframework.web.util.UriUtils;

/** An uploaded image or document. The bytes live in the media storage under {@link #storedName}. */
@Entity
@Table(name = "media_file")
public class MediaFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private MediaKind kind;

  private String originalName;
  private String storedName;
  private String contentType;
  private long sizeBytes;

  @Column(name = "alt_text")
  private String altText;

  private String title;
  private Instant createdAt;
  private String createdBy;
  private Instant updatedAt;
  private String updatedBy;

  protected MediaFile() {}

  public MediaFile(
      FileType type,
      String originalName,
      String storedName,
      long sizeBytes,
      String altText,
      String title,
      Instant now,
      String by) {
    this.kind = type.kind();
    this.contentType = type.contentType();
    this.originalName = originalName;
    this.storedName = storedName;
    this.sizeBytes = sizeBytes;
    this.altText = altText;
    this.title = title;
    this.createdAt = now;
    this.createdBy = by;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  public void describe(String altText, String title, Instant now, String by) {
    this.altText = altText;
    this.title = title;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  public MediaInfo info() {
    return new MediaInfo(
        id,
        storedName,
        kind,
        url(),
        altText,
        title,
        sizeBytes,
        contentType,
        originalName,
        FileType.typeKeyOf(contentType),
        createdAt,
        createdBy);
  }

  /**
   * The public URL: the random stored name (unguessable, so files of unpublished content cannot be
   * found by counting) and the file name, which is only for people and download tools. Characters
   * the HTTP firewall refuses in a path even when encoded ({@code ; % / \\}) become {@code _}
   * there.
   */
  public String url() {
    String name = originalName.replaceAll("[;%/\\\\]", "_");
    return "/media/" + storedName + "/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
  }

  public Long getId() {
    return id;
  }

  public MediaKind getKind() {
    return kind;
  }

  public String getOriginalName() {
    return originalName;
  }

  public String getStoredName() {
    return storedName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getAltText() {
    return altText;
  }

  public String getTitle() {
    return title;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
