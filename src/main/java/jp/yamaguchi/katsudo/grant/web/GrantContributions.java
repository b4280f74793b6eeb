package jp.yamaguchi.katsudo.grant.web;

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
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.review.ScheduledReviewTarget;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.sitemap.SitemapContributor;
import jp.yamaguchi.katsudo.core.sitemap.SitemapEntry;
import jp.yamaguchi.katsudo.core.web.JapaneseDates;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import jp.yamaguchi.katsudo.grant.domain.GrantEditing;
import jp.yamaguchi.katsudo.grant.domain.PublishedGrants;
import jp.yamaguchi.katsudo.home.HomeContributor;
import jp.yamaguchi.katsudo.home.HomeEntry;
import jp.yamaguchi.katsudo.home.HomeSection;
import jp.yamaguchi.katsudo.media.MediaUsage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where grants appear outside their own pages: Supernet's header tab 助成を探す, the sitemap, HOME's
 * newest grants, the admin menu and dashboard, the media library's "where used", and the scheduled
 * publishing job.
 */
@Component
class GrantContributions
    implements NavigationContributor,
        SitemapContributor,
        AdminMenuContributor,
        DashboardContributor,
        HomeContributor,
        ScheduledReviewTarget,
        MediaUsage {

  static final int HEADER_ORDER = 60;

  private final PublishedGrants published;
  private final GrantEditing editing;
  private final JapaneseDates dates;
  private final MessageSource messages;

  GrantContributions(
      PublishedGrants published,
      GrantEditing editing,
      JapaneseDates dates,
      MessageSource messages) {
    this.published = published;
    this.editing = editing;
    this.dates = dates;
    this.messages = messages;
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }

  @Override
  public List<NavItem> items(Site site, NavArea area) {
    if (site != Site.SUPERNET || area != NavArea.HEADER) return List.of();
    return List.of(new NavItem("/grants", msg("grant.nav"), HEADER_ORDER));
  }

  @Override
  public Stream<SitemapEntry> entries() {
    String section = msg("grant.sitemap.section");
    Stream<SitemapEntry> lists =
        Stream.of(
            new SitemapEntry(
                Site.SUPERNET, "/grants", msg("grant.public.title"), section, null, true),
            new SitemapEntry(
                Site.SUPERNET, "/grants/calendar", msg("grant.calendar.name"), section, null, true),
            new SitemapEntry(
                Site.SUPERNET, "/grants/post", msg("grant.post.title"), section, null, true));
    Stream<SitemapEntry> details =
        published.sitemapRows().stream()
            .map(
                r ->
                    new SitemapEntry(
                        Site.SUPERNET,
                        r.path(),
                        r.title(),
                        section,
                        LocalDateTime.ofInstant(r.updatedAt(), ClockConfig.ZONE).toLocalDate(),
                        false));
    return Stream.concat(lists, details);
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(AdminMenuItem.CONTENT, msg("grant.admin.menu"), "/admin/grants", 60));
  }

  @Override
  public List<DashboardTile> tiles() {
    return List.of(
        new DashboardTile(
            DashboardTile.WAITING,
            msg("grant.admin.menu"),
            editing.countInState(ReviewState.PENDING),
            "/admin/grants?state=PENDING",
            60));
  }

  @Override
  public HomeSection section() {
    return HomeSection.GRANTS;
  }

  @Override
  public List<HomeEntry> newest(int limit) {
    return published.newest(limit).stream()
        .map(
            g ->
                new HomeEntry(
                    g.getTitle(),
                    g.publicPath(),
                    msg("grant.home.note", g.getOrganizer(), dates.date(g.getPeriodTo()))))
        .toList();
  }

  @Override
  public String listPath() {
    return "/grants";
  }

  @Override
  public String contentType() {
    return Grant.CONTENT_TYPE;
  }

  @Override
  public String adminPath(long id) {
    return "/admin/grants/" + id;
  }

  @Override
  public boolean perform(long id, ReviewAction action, String actor) {
    return editing.performScheduled(id, action, actor);
  }

  @Override
  public List<Use> usesOf(long mediaId) {
    return editing.usingMedia(mediaId).stream()
        .map(g -> new Use(g.getTitle(), "/admin/grants/" + g.getId(), g.review().isPublic()))
        .toList();
  }
}
