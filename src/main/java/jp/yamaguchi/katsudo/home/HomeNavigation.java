package jp.yamaguchi.katsudo.home;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.nav.NavItem;
import jp.yamaguchi.katsudo.core.nav.NavigationContributor;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.sitemap.SitemapContributor;
import jp.yamaguchi.katsudo.core.sitemap.SitemapEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The HOME tabs of both sites and the link between them. */
@Component
class HomeNavigation implements NavigationContributor, SitemapContributor {

  private final MessageSource messages;
  private final SiteSettings settings;

  private final java.time.Clock clock;

  HomeNavigation(MessageSource messages, SiteSettings settings, java.time.Clock clock) {
    this.messages = messages;
    this.settings = settings;
    this.clock = clock;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public List<NavItem> items(Site site, NavArea area) {
    if (area == NavArea.SIDE && site == Site.SUPERNET) {
      String facebook = settings.of(site).facebookUrl();
      return facebook == null || facebook.isBlank()
          ? List.of()
          : List.of(new NavItem(facebook, msg("nav.supernet.facebook"), 900, true));
    }
    if (area != NavArea.HEADER) return List.of();
    return switch (site) {
      case SUPERNET ->
          List.of(
              new NavItem("/", msg("nav.home"), 0),
              new NavItem("/aikasanet/", msg("nav.supernet.volunteer"), 40));
      case AIKASANET -> List.of(new NavItem("/aikasanet/", msg("nav.home"), 0));
    };
  }

  @Override
  public Stream<SitemapEntry> entries() {
    String section = msg("sitemap.section.home");
    return Stream.of(
        new SitemapEntry(
            Site.SUPERNET, "/", msg("site.supernet.name"), section, LocalDate.now(clock), true),
        new SitemapEntry(
            Site.AIKASANET,
            "/aikasanet/",
            msg("site.aikasanet.name"),
            section,
            LocalDate.now(clock),
            true));
  }
}
