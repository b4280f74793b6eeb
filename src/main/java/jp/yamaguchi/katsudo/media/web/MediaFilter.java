package jp.yamaguchi.katsudo.media.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.yamaguchi.katsudo.media.MediaKind;

/** The filter bar of the media list (bound from the query string); unknown kinds are ignored. */
public class MediaFilter {

  private String kind = "";
  private String q = "";

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null ? "" : kind;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? "" : q.strip();
  }

  MediaKind kindOrNull() {
    for (MediaKind k : MediaKind.values()) if (k.name().equals(kind)) return k;
    return null;
  }

  /** Drops a kind that is not a choice, so the form shows what is really applied. */
  MediaFilter normalized() {
    if (kindOrNull() == null) kind = "";
    return this;
  }

  /**
   * The list URL with these filters, always ending with {@code ?} or {@code &} (for sort links).
   */
  String baseUrl(String path) {
    StringBuilder url = new StringBuilder(path).append('?');
    if (kindOrNull() != null) url.append("kind=").append(kind).append('&');
    if (!q.isEmpty())
      url.append("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append('&');
    return url.toString();
  }
}
