package jp.yamaguchi.katsudo.core.web;

import java.util.List;
import jp.yamaguchi.katsudo.core.nav.NavItem;
import jp.yamaguchi.katsudo.core.notice.ActiveNotice;
import jp.yamaguchi.katsudo.core.settings.SiteSettingView;
import jp.yamaguchi.katsudo.core.site.Site;

/**
 * Everything the page shell of a public site needs, put in every model as {@code shell}.
 *
 * @param site the site of this request
 * @param path the request path, for the current-page marks in navigation
 * @param display the visitor's text size and colour scheme
 * @param notices active emergency notices of the site
 * @param settings the site's settings (contact, SNS, analytics)
 * @param header top navigation
 * @param side side navigation
 * @param footer footer navigation
 */
public record Shell(
    Site site,
    String path,
    DisplayPreferences display,
    List<ActiveNotice> notices,
    SiteSettingView settings,
    List<NavItem> header,
    List<NavItem> side,
    List<NavItem> footer) {

  public boolean current(NavItem item) {
    return item.matches(path);
  }
}
