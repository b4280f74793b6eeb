package jp.yamaguchi.katsudo.siteadmin.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.nav.NavItem;
import jp.yamaguchi.katsudo.core.nav.NavigationContributor;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.sitemap.SitemapContributor;
import jp.yamaguchi.katsudo.core.sitemap.SitemapEntry;
import jp.yamaguchi.katsudo.core.terms.Terms;
import jp.yamaguchi.katsudo.core.terms.TermsKind;
import jp.yamaguchi.katsudo.core.terms.TermsText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The terms pages in each site's footer and in the site maps. */
@Component
class TermsNavigation implements NavigationContributor, SitemapContributor {

  static final int FOOTER_ORDER = 80;

  private final MessageSource messages;
  private final Terms terms;

  TermsNavigation(MessageSource messages, Terms terms) {
    this.messages = messages;
    this.terms = terms;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public List<NavItem> items(Site site, NavArea area) {
    if (area != NavArea.FOOTER) return List.of();
    return List.of(
        new NavItem(site.path("terms"), msg("settings.terms.nav." + site.key()), FOOTER_ORDER));
  }

  @Override
  public Stream<SitemapEntry> entries() {
    String section = msg("settings.terms.sitemap.section");
    return Stream.of(Site.values())
        .flatMap(
            site -> {
              Optional<TermsText> current = terms.current(TermsKind.of(site));
              return current.stream()
                  .map(
                      t ->
                          new SitemapEntry(
                              site, site.path("terms"), t.title(), section, t.effectiveOn(), true));
            });
  }
}
