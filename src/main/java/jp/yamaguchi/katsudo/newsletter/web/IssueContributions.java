package jp.yamaguchi.katsudo.newsletter.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import jp.yamaguchi.katsudo.admin.DashboardContributor;
import jp.yamaguchi.katsudo.admin.DashboardTile;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.nav.NavItem;
import jp.yamaguchi.katsudo.core.nav.NavigationContributor;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.sitemap.SitemapContributor;
import jp.yamaguchi.katsudo.core.sitemap.SitemapEntry;
import jp.yamaguchi.katsudo.newsletter.domain.IssueEditing;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Supernet's footer link, the sitemap, the admin menu and the dashboard's 審査待ち count. */
@Component
class IssueContributions
    implements NavigationContributor,
        SitemapContributor,
        AdminMenuContributor,
        DashboardContributor {

  static final int FOOTER_ORDER = 55;

  private final IssueEditing issues;
  private final MessageSource messages;

  IssueContributions(IssueEditing issues, MessageSource messages) {
    this.issues = issues;
    this.messages = messages;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public List<NavItem> items(Site site, NavArea area) {
    if (site != Site.SUPERNET || area != NavArea.FOOTER) return List.of();
    return List.of(
        new NavItem(IssuePublicController.LIST, msg("newsletter.public.title"), FOOTER_ORDER));
  }

  @Override
  public Stream<SitemapEntry> entries() {
    String section = msg("newsletter.sitemap.section");
    SitemapEntry list =
        new SitemapEntry(
            Site.SUPERNET,
            IssuePublicController.LIST,
            msg("newsletter.public.title"),
            section,
            null,
            true);
    Stream<SitemapEntry> details =
        issues.sitemapRows().stream()
            .map(
                r ->
                    new SitemapEntry(
                        Site.SUPERNET,
                        IssuePublicController.LIST + "/" + r[0],
                        (String) r[1],
                        section,
                        LocalDateTime.ofInstant((Instant) r[2], ClockConfig.ZONE).toLocalDate(),
                        false));
    return Stream.concat(Stream.of(list), details);
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(
            AdminMenuItem.CONTENT, msg("newsletter.admin.menu"), "/admin/supportmail", 35));
  }

  @Override
  public List<DashboardTile> tiles() {
    return List.of(
        new DashboardTile(
            DashboardTile.WAITING,
            msg("newsletter.admin.menu"),
            issues.countInState(ReviewState.PENDING),
            "/admin/supportmail?state=PENDING",
            35));
  }
}
