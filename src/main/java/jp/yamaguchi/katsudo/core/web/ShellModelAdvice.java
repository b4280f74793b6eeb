package jp.yamaguchi.katsudo.core.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.nav.Navigation;
import jp.yamaguchi.katsudo.core.notice.EmergencyNotices;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.stereotype.Component;

/**
 * Builds the page shell of a public site. {@link ShellInterceptor} puts it into the model of every
 * public page view (only views: downloads, feeds and redirects never pay for it); exception
 * handlers and staff previews call it directly.
 */
@Component
public class ShellModelAdvice {

  private final EmergencyNotices notices;
  private final SiteSettings settings;
  private final Navigation navigation;

  public ShellModelAdvice(EmergencyNotices notices, SiteSettings settings, Navigation navigation) {
    this.notices = notices;
    this.settings = settings;
    this.navigation = navigation;
  }

  /** The shell for this request (the original path on an error dispatch). */
  public Shell shell(HttpServletRequest request) {
    Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return shellFor(errorUri instanceof String s ? s : request.getRequestURI(), request);
  }

  /**
   * The shell of the site that {@code path} belongs to, as a visitor of that path sees it: used by
   * staff previews, whose own URL is under {@code /admin/}.
   */
  public Shell shellFor(String path, HttpServletRequest request) {
    Site site = Site.ofPath(path);
    return new Shell(
        site,
        path,
        DisplayPreferences.of(request),
        notices.active(site),
        settings.of(site),
        navigation.items(site, NavArea.HEADER),
        navigation.items(site, NavArea.SIDE),
        navigation.items(site, NavArea.FOOTER));
  }
}
