package jp.yamaguchi.katsudo.contact.web;

import java.util.List;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import jp.yamaguchi.katsudo.admin.DashboardContributor;
import jp.yamaguchi.katsudo.admin.DashboardTile;
import jp.yamaguchi.katsudo.contact.domain.Inquiries;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.nav.NavItem;
import jp.yamaguchi.katsudo.core.nav.NavigationContributor;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.sitemap.SitemapContributor;
import jp.yamaguchi.katsudo.core.sitemap.SitemapEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The お問い合わせ footer link, its sitemap entry, the admin menu and the 未対応 count. */
@Component
class ContactContributions
    implements NavigationContributor,
        SitemapContributor,
        AdminMenuContributor,
        DashboardContributor {

  static final int FOOTER_ORDER = 90;

  private final Inquiries inquiries;
  private final MessageSource messages;

  ContactContributions(Inquiries inquiries, MessageSource messages) {
    this.inquiries = inquiries;
    this.messages = messages;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public List<NavItem> items(Site site, NavArea area) {
    if (site != Site.SUPERNET || area != NavArea.FOOTER) return List.of();
    return List.of(new NavItem("/contact", msg("contact.title"), FOOTER_ORDER));
  }

  @Override
  public Stream<SitemapEntry> entries() {
    return Stream.of(
        new SitemapEntry(
            Site.SUPERNET,
            "/contact",
            msg("contact.title"),
            msg("contact.sitemap.section"),
            null,
            true));
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(AdminMenuItem.CONTENT, msg("contact.admin.menu"), "/admin/contact", 80));
  }

  @Override
  public List<DashboardTile> tiles() {
    return List.of(
        new DashboardTile(
            DashboardTile.WAITING,
            msg("contact.admin.menu"),
            inquiries.countOpen(),
            "/admin/contact",
            80));
  }
}
