package jp.yamaguchi.katsudo.media.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the media library, bound from {@code katsudo.media.*}.
 *
 * @param maxImageSize the largest image accepted (5MB)
 * @param maxDocumentSize the largest document accepted (20MB; keep {@code
 *     spring.servlet.multipart.max-file-size} at least this large)
 * @param imageCacheAge how long browsers and proxies may keep an image (files never change)
 */
@ConfigurationProperties("katsudo.media")
public record MediaProperties(
    DataSize maxImageSize, DataSize maxDocumentSize, Duration imageCacheAge) {

  public MediaProperties {
    if (maxImageSize == null) maxImageSize = DataSize.ofMegabytes(5);
    if (maxDocumentSize == null) maxDocumentSize = DataSize.ofMegabytes(20);
    if (imageCacheAge == null) imageCacheAge = Duration.ofDays(7);
  }

  public DataSize limitFor(jp.yamaguchi.katsudo.media.MediaKind kind) {
    return kind == jp.yamaguchi.katsudo.media.MediaKind.IMAGE ? maxImageSize : maxDocumentSize;
  }

  public long largestBytes() {
    return Math.max(maxImageSize.toBytes(), maxDocumentSize.toBytes());
  }
}
