package jp.yamaguchi.katsudo.media.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.media.domain.MediaProperties;
import jp.yamaguchi.katsudo.media.infra.ContentInspector;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriUtils;

/**
 * Serves media files by the random token of their URL only, never by their sequential id (so files
 * of unpublished content cannot be found by counting); the name in the URL is for people, and no
 * path is ever built from it. Images are shown inline with their detected type; documents are
 * always downloads. The headers forbid sniffing, scripts and framing, so no file is ever run or
 * rendered as a page.
 */
@Controller
class MediaController {

  static final String SANDBOX_CSP = "default-src 'none'; img-src 'self'; sandbox";

  private final MediaLibrary library;
  private final MediaProperties properties;

  MediaController(MediaLibrary library, MediaProperties properties) {
    this.library = library;
    this.properties = properties;
  }

  /** The random token of a file's URL (its stored name); anything else is simply not found. */
  private static final String TOKEN = "/media/{token:[0-9a-f][0-9a-f-]*}";

  @GetMapping(TOKEN)
  ResponseEntity<Void> canonical(@PathVariable String token) {
    MediaInfo info =
        library
            .download(token)
            .map(MediaLibrary.Download::info)
            .orElseThrow(() -> new NotFoundException("media " + token));
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .header(HttpHeaders.LOCATION, info.url())
        .build();
  }

  @GetMapping(TOKEN + "/{name}")
  ResponseEntity<Resource> serve(
      @PathVariable String token, @PathVariable String name, WebRequest web) {
    MediaLibrary.Download download =
        library
            .download(token)
            .filter(d -> Files.isRegularFile(d.path()))
            .orElseThrow(() -> new NotFoundException("media " + token));
    MediaInfo info = download.info();
    String etag = "\"" + download.etag() + "\"";
    CacheControl cache =
        info.image()
            ? CacheControl.maxAge(properties.imageCacheAge().toSeconds(), TimeUnit.SECONDS)
                .cachePublic()
            : CacheControl.noCache().cachePublic();
    if (web.checkNotModified(etag)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
          .eTag(etag)
          .cacheControl(cache)
          .header("X-Content-Type-Options", "nosniff")
          .build();
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(info.contentType()))
        .contentLength(info.size())
        .eTag(etag)
        .cacheControl(cache)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            disposition(info.image() ? "inline" : "attachment", info))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", SANDBOX_CSP)
        .header("Cross-Origin-Resource-Policy", "same-origin")
        .body(new FileSystemResource(download.path()));
  }

  /**
   * {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266 / RFC 5987):
   * modern browsers use the UTF-8 name; the plain one is an ASCII stand-in.
   */
  static String disposition(String type, MediaInfo info) {
    String name = info.originalName();
    boolean ascii =
        name.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';');
    String fallback = ascii ? name : "media-" + info.id() + extensionPart(name);
    return type + "; filename=\"" + fallback + "\"; filename*=UTF-8''" + rfc5987(name);
  }

  private static String extensionPart(String name) {
    String ext = ContentInspector.extensionOf(name);
    return ext.isEmpty() || !ext.chars().allMatch(c -> c < 0x7f) ? "" : "." + ext;
  }

  private static String rfc5987(String value) {
    // Every byte outside ALPHA / DIGIT / "-" / "." / "_" / "~" is percent-encoded from UTF-8,
    // a subset of RFC 5987's attr-char.
    return UriUtils.encode(value, StandardCharsets.UTF_8);
  }
}
