package jp.yamaguchi.katsudo.event.web;

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
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.review.ScheduledReviewTarget;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.sitemap.SitemapContributor;
import jp.yamaguchi.katsudo.core.sitemap.SitemapEntry;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import jp.yamaguchi.katsudo.event.domain.PublishedEvents;
import jp.yamaguchi.katsudo.home.HomeContributor;
import jp.yamaguchi.katsudo.home.HomeEntry;
import jp.yamaguchi.katsudo.home.HomeSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where events appear outside their own pages: Supernet's header tab イベント・募集を探す, the sitemap, the
 * admin menu and dashboard, HOME's 募集情報 section, and the scheduled publishing job.
 */
@Component
class EventContributions
    implements NavigationContributor,
        SitemapContributor,
        AdminMenuContributor,
        DashboardContributor,
        HomeContributor,
        ScheduledReviewTarget {

  /** After 団体・企業を探す (20) in the header tabs. */
  static final int HEADER_ORDER = 30;

  private final PublishedEvents published;
  private final EventEditing editing;
  private final EventDates dates;
  private final EventOptions options;
  private final MessageSource messages;

  EventContributions(
      PublishedEvents published,
      EventEditing editing,
      EventDates dates,
      EventOptions options,
      MessageSource messages) {
    this.published = published;
    this.editing = editing;
    this.dates = dates;
    this.options = options;
    this.messages = messages;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public List<NavItem> items(Site site, NavArea area) {
    if (site != Site.SUPERNET || area != NavArea.HEADER) return List.of();
    return List.of(new NavItem("/events", msg("event.nav"), HEADER_ORDER));
  }

  @Override
  public Stream<SitemapEntry> entries() {
    String section = msg("event.sitemap.section");
    LocalDate today = published.today();
    Stream<SitemapEntry> lists =
        Stream.of(
            new SitemapEntry(
                Site.SUPERNET, "/events", msg("event.list.title"), section, today, true),
            new SitemapEntry(
                Site.SUPERNET, "/events/search", msg("event.search.title"), section, null, true),
            new SitemapEntry(
                Site.SUPERNET,
                "/events/calendar",
                msg("event.calendar.title"),
                section,
                today,
                true),
            new SitemapEntry(
                Site.SUPERNET, "/events/archive", msg("event.archive.title"), section, today, true),
            new SitemapEntry(
                Site.SUPERNET, "/events/post", msg("event.post.title"), section, null, true));
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
        new AdminMenuItem(AdminMenuItem.CONTENT, msg("event.admin.menu"), "/admin/events", 40));
  }

  @Override
  public List<DashboardTile> tiles() {
    return List.of(
        new DashboardTile(
            DashboardTile.WAITING,
            msg("event.admin.menu"),
            editing.countInState(ReviewState.PENDING),
            "/admin/events?state=PENDING",
            40));
  }

  @Override
  public HomeSection section() {
    return HomeSection.RECRUITMENTS;
  }

  @Override
  public List<HomeEntry> newest(int limit) {
    return published.newest(limit).stream()
        .map(
            e ->
                new HomeEntry(
                    e.getTitle(), e.publicPath(), options.kind(e.getKind()) + " " + dates.range(e)))
        .toList();
  }

  @Override
  public String listPath() {
    return "/events";
  }

  @Override
  public String contentType() {
    return EventItem.CONTENT_TYPE;
  }

  @Override
  public String adminPath(long id) {
    return "/admin/events/" + id;
  }

  @Override
  public boolean perform(long id, ReviewAction action, String actor) {
    if (editing.find(id).isEmpty()) return false;
    editing.review(id, null, action, null, actor);
    return true;
  }
}
