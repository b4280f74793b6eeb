package jp.yamaguchi.katsudo.book.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import jp.yamaguchi.katsudo.book.domain.BookCatalog;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.nav.NavItem;
import jp.yamaguchi.katsudo.core.nav.NavigationContributor;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.sitemap.SitemapContributor;
import jp.yamaguchi.katsudo.core.sitemap.SitemapEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The 蔵書 link in Supernet's side navigation, the sitemap entries and the admin menu item. */
@Component
class BookContributions implements NavigationContributor, SitemapContributor, AdminMenuContributor {

  static final int SIDE_ORDER = 25;

  private final BookCatalog catalog;
  private final MessageSource messages;

  BookContributions(BookCatalog catalog, MessageSource messages) {
    this.catalog = catalog;
    this.messages = messages;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public List<NavItem> items(Site site, NavArea area) {
    if (site != Site.SUPERNET || area != NavArea.SIDE) return List.of();
    return List.of(new NavItem(BookPublicController.LIST, msg("book.public.title"), SIDE_ORDER));
  }

  @Override
  public Stream<SitemapEntry> entries() {
    String section = msg("book.sitemap.section");
    SitemapEntry list =
        new SitemapEntry(
            Site.SUPERNET,
            BookPublicController.LIST,
            msg("book.public.title"),
            section,
            null,
            true);
    Stream<SitemapEntry> details =
        catalog.sitemapRows().stream()
            .map(
                r ->
                    new SitemapEntry(
                        Site.SUPERNET,
                        BookPublicController.LIST + "/" + r[0],
                        (String) r[1],
                        section,
                        LocalDateTime.ofInstant((Instant) r[2], ClockConfig.ZONE).toLocalDate(),
                        false));
    return Stream.concat(Stream.of(list), details);
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(AdminMenuItem.CONTENT, msg("book.admin.menu"), "/admin/books", 60));
  }
}
