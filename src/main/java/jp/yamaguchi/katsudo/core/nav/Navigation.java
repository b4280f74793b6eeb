package jp.yamaguchi.katsudo.core.nav;

import java.util.Comparator;
import java.util.List;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.stereotype.Service;

/** Gathers the navigation of a site from every contributor. */
@Service
public class Navigation {

  private final List<NavigationContributor> contributors;

  public Navigation(List<NavigationContributor> contributors) {
    this.contributors = contributors;
  }

  public List<NavItem> items(Site site, NavArea area) {
    return contributors.stream()
        .flatMap(c -> c.items(site, area).stream())
        .sorted(Comparator.comparingInt(NavItem::order))
        .toList();
  }
}
