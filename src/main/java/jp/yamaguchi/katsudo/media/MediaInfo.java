package jp.yamaguchi.katsudo.media;

import java.time.Instant;

/**
 * A media file as other modules and templates see it.
 *
 * @param id the file's id (for the admin screens only; the public path never accepts it)
 * @param token the file's random, unguessable key in its public URL
 * @param kind image or document
 * @param url where the public downloads it ({@code /media/{token}/{name}})
 * @param alt the alternative text of an image (null for documents)
 * @param title an optional title staff gave it
 * @param size its size in bytes
 * @param contentType the type detected from its content
 * @param originalName the file name it was uploaded with
 * @param typeKey a short key of its format for messages ({@code media.type.<key>}), e.g. {@code
 *     pdf}, {@code word}
 * @param createdAt when it was uploaded
 * @param createdBy who uploaded it
 */
public record MediaInfo(
    long id,
    String token,
    MediaKind kind,
    String url,
    String alt,
    String title,
    long size,
    String contentType,
    String originalName,
    String typeKey,
    Instant createdAt,
    String createdBy) {

  public boolean image() {
    return kind == MediaKind.IMAGE;
  }

  /** The size for people: {@code 820KB}, {@code 1.2MB}. */
  public String sizeLabel() {
    return sizeLabel(size);
  }

  /** The title, else the file name: what a list shows for this file. */
  public String displayName() {
    return title != null && !title.isBlank() ? title : originalName;
  }

  public static String sizeLabel(long bytes) {
    if (bytes < 1024L * 1024L) {
      long kb = Math.max(1, (bytes + 1023) / 1024);
      return kb + "KB";
    }
    double mb = bytes / (1024.0 * 1024.0);
    return String.format(java.util.Locale.ROOT, "%.1fMB", mb);
  }
}
