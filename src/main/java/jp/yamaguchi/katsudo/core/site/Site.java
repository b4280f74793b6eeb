package jp.yamaguchi.katsudo.core.site;

/** The two public sites served by this application. */
public enum Site {
  SUPERNET("/", "supernet"),
  AIKASANET("/aikasanet/", "aikasanet");

  private final String basePath;
  private final String key;

  Site(String basePath, String key) {
    this.basePath = basePath;
    this.key = key;
  }

  /** The site's root path, always ending with a slash. */
  public String basePath() {
    return basePath;
  }

  /** Short lowercase key used in templates, CSS and message keys. */
  public String key() {
    return key;
  }

  /** The site-relative path made absolute: {@code path("center/access")}. */
  public String path(String relative) {
    String r = relative == null ? "" : relative;
    while (r.startsWith("/")) r = r.substring(1);
    return basePath + r;
  }

  /** Which site a request path belongs to. */
  public static Site ofPath(String path) {
    if (path != null && (path.equals("/aikasanet") || path.startsWith("/aikasanet/"))) {
      return AIKASANET;
    }
    return SUPERNET;
  }
}
