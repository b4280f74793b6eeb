package jp.yamaguchi.katsudo.news.web;

import java.time.LocalDate;
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
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsSitemapRow;
import jp.yamaguchi.katsudo.news.domain.PublishedNews;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where news appear outside their own pages: footer links of both sites, the sitemap, the admin
 * menu and the dashboard's 審査待ち count.
 */
@Component
class NewsContributions
    implements NavigationContributor,
        SitemapContributor,
        AdminMenuContributor,
        DashboardContributor {

  static final int FOOTER_ORDER = 50;

  private final PublishedNews published;
  private final NewsEditing editing;
  private final MessageSource messages;

  NewsContributions(PublishedNews published, NewsEditing editing, MessageSource messages) {
    this.published = published;
    this.editing = editing;
    this.messages = messages;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public List<NavItem> items(Site site, NavArea area) {
    if (area != NavArea.FOOTER) return List.of();
    return Stream.of(NewsKind.values())
        .filter(k -> k.allowedOn(site))
        .map(k -> new NavItem(k.listPath(site), msg(k.messageKey()), FOOTER_ORDER + k.ordinal()))
        .toList();
  }

  @Override
  public Stream<SitemapEntry> entries() {
    String section = msg("news.sitemap.section");
    Stream<SitemapEntry> lists =
        Stream.of(Site.values())
            .flatMap(
                site ->
                    Stream.of(NewsKind.values())
                        .filter(k -> k.allowedOn(site))
                        .map(
                            k ->
                                new SitemapEntry(
                                    site,
                                    k.listPath(site),
                                    msg(k.messageKey()),
                                    section,
                                    null,
                                    true)));
    Stream<SitemapEntry> details = published.sitemapRows().stream().map(r -> detail(r, section));
    return Stream.concat(lists, details);
  }

  private static SitemapEntry detail(NewsSitemapRow r, String section) {
    LocalDate modified = LocalDateTime.ofInstant(r.updatedAt(), ClockConfig.ZONE).toLocalDate();
    return new SitemapEntry(r.site(), r.path(), r.title(), section, modified, false);
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(AdminMenuItem.CONTENT, msg("news.admin.menu"), "/admin/news", 30));
  }

  @Override
  public List<DashboardTile> tiles() {
    return List.of(
        new DashboardTile(
            DashboardTile.WAITING,
            msg("news.admin.menu"),
            editing.countInState(ReviewState.PENDING),
            "/admin/news?state=PENDING",
            30));
  }
}
