package jp.yamaguchi.katsudo.core.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.nav.Navigation;
import jp.yamaguchi.katsudo.core.notice.EmergencyNotices;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the page shell into the model of every view, the error pages included. */
@ControllerAdvice
public class ShellModelAdvice {

  private final EmergencyNotices notices;
  private final SiteSettings settings;
  private final Navigation navigation;

  public ShellModelAdvice(EmergencyNotices notices, SiteSettings settings, Navigation navigation) {
    this.notices = notices;
    this.settings = settings;
    this.navigation = navigation;
  }

  @ModelAttribute("shell")
  public Shell shell(HttpServletRequest request) {
    Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = errorUri instanceof String s ? s : request.getRequestURI();
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
