package jp.yamaguchi.katsudo.report.web;

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
import jp.yamaguchi.katsudo.media.MediaUsage;
import jp.yamaguchi.katsudo.report.domain.ActivityReport;
import jp.yamaguchi.katsudo.report.domain.ReportEditing;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where reports appear outside their own pages: Supernet's header tab 活動実績・事例を探す, the sitemap, the
 * admin menu and dashboard, the media library's "where used", and scheduled publishing.
 */
@Component
class ReportContributions
    implements NavigationContributor,
        SitemapContributor,
        AdminMenuContributor,
        DashboardContributor,
        ScheduledReviewTarget,
        MediaUsage {

  static final int HEADER_ORDER = 50;

  private final ReportEditing editing;
  private final MessageSource messages;

  ReportContributions(ReportEditing editing, MessageSource messages) {
    this.editing = editing;
    this.messages = messages;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public List<NavItem> items(Site site, NavArea area) {
    if (site != Site.SUPERNET || area != NavArea.HEADER) return List.of();
    return List.of(new NavItem("/reports", msg("report.nav"), HEADER_ORDER));
  }

  @Override
  public Stream<SitemapEntry> entries() {
    String section = msg("report.sitemap.section");
    Stream<SitemapEntry> lists =
        Stream.of(
            new SitemapEntry(
                Site.SUPERNET, "/reports", msg("report.public.title"), section, null, true),
            new SitemapEntry(
                Site.SUPERNET, "/reports/post", msg("report.post.title"), section, null, true));
    Stream<SitemapEntry> details =
        editing.sitemapRows().stream()
            .map(
                r ->
                    new SitemapEntry(
                        Site.SUPERNET,
                        r.path(),
                        r.title(),
                        section,
                        LocalDateTime.ofInstant(r.updatedAt(), ClockConfig.ZONE).toLocalDate(),
                        true));
    return Stream.concat(lists, details);
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(AdminMenuItem.CONTENT, msg("report.admin.menu"), "/admin/reports", 70));
  }

  @Override
  public List<DashboardTile> tiles() {
    return List.of(
        new DashboardTile(
            DashboardTile.WAITING,
            msg("report.admin.menu"),
            editing.countInState(ReviewState.PENDING),
            "/admin/reports?state=PENDING",
            70));
  }

  @Override
  public String contentType() {
    return ActivityReport.CONTENT_TYPE;
  }

  @Override
  public String adminPath(long id) {
    return "/admin/reports/" + id;
  }

  @Override
  public boolean perform(long id, ReviewAction action, String actor) {
    return editing.performScheduled(id, action, actor);
  }

  @Override
  public List<Use> usesOf(long mediaId) {
    return editing.usingMedia(mediaId).stream()
        .map(r -> new Use(r.getTitle(), "/admin/reports/" + r.getId(), r.review().isPublic()))
        .toList();
  }
}
