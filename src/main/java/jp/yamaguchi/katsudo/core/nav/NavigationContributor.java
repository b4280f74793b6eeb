package jp.yamaguchi.katsudo.core.nav;

import java.util.List;
import jp.yamaguchi.katsudo.core.site.Site;

/**
 * Implemented by each module that adds links to a site's header, side or footer navigation. The
 * shell gathers every contributor's items, so modules add themselves without editing the layout.
 */
public interface NavigationContributor {

  List<NavItem> items(Site site, NavArea area);
}
