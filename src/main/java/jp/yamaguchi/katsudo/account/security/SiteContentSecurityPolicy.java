package jp.yamaguchi.katsudo.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of each response: no inline script or style, nothing from another
 * host, no framing. Only when staff set a GA4 measurement ID for a site do its public pages allow
 * Google's tag and measurement hosts.
 */
public class SiteContentSecurityPolicy implements HeaderWriter {

  static final String BASE =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  static final String WITH_GA4 =
      "default-src 'self'; script-src 'self' https://www.googletagmanager.com;"
          + " style-src 'self'; img-src 'self' data: https://*.google-analytics.com"
          + " https://*.googletagmanager.com; font-src 'self'; connect-src 'self'"
          + " https://*.google-analytics.com https://*.analytics.google.com"
          + " https://*.googletagmanager.com; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  private final SiteSettings settings;

  public SiteContentSecurityPolicy(SiteSettings settings) {
    this.settings = settings;
  }

  @Override
  public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
    if (response.containsHeader("Content-Security-Policy")) return;
    String path = request.getRequestURI();
    boolean admin = path.startsWith("/admin");
    boolean ga4 = !admin && settings.of(Site.ofPath(path)).analyticsEnabled();
    response.setHeader("Content-Security-Policy", ga4 ? WITH_GA4 : BASE);
  }
}
