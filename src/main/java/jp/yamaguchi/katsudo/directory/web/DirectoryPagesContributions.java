package jp.yamaguchi.katsudo.directory.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import jp.yamaguchi.katsudo.admin.DashboardContributor;
import jp.yamaguchi.katsudo.admin.DashboardTable;
import jp.yamaguchi.katsudo.admin.DashboardTile;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.nav.NavItem;
import jp.yamaguchi.katsudo.core.nav.NavigationContributor;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.sitemap.SitemapContributor;
import jp.yamaguchi.katsudo.core.sitemap.SitemapEntry;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;
import jp.yamaguchi.katsudo.directory.changes.ChangeRequests;
import jp.yamaguchi.katsudo.directory.changes.ChangeState;
import jp.yamaguchi.katsudo.directory.domain.DirectoryFieldText;
import jp.yamaguchi.katsudo.directory.domain.DirectoryFinder;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where the directory appears outside its own pages: the Supernet header tab 団体・企業を探す, the sitemap
 * (list, search, change requests and every published entry), the admin menu, and the dashboard
 * (entries and change requests waiting for review; published entries by type × status).
 */
@Component
class DirectoryPagesContributions
    implements NavigationContributor,
        SitemapContributor,
        AdminMenuContributor,
        DashboardContributor {

  static final int HEADER_ORDER = 10;

  private final DirectoryFinder finder;
  private final ChangeRequests changes;
  private final MessageSource messages;

  DirectoryPagesContributions(
      DirectoryFinder finder, ChangeRequests changes, MessageSource messages) {
    this.finder = finder;
    this.changes = changes;
    this.messages = messages;
  }

  @Override
  public List<NavItem> items(Site site, NavArea area) {
    if (site != Site.SUPERNET || area != NavArea.HEADER) return List.of();
    return List.of(new NavItem("/directory", msg("dirpages.nav"), HEADER_ORDER));
  }

  @Override
  public Stream<SitemapEntry> entries() {
    String section = msg("dirpages.sitemap.section");
    Stream<SitemapEntry> pages =
        Stream.of(
            new SitemapEntry(
                Site.SUPERNET, "/directory", msg("dirpages.list.title"), section, null, true),
            new SitemapEntry(
                Site.SUPERNET,
                "/directory/search",
                msg("dirpages.search.detailTitle"),
                section,
                null,
                true),
            new SitemapEntry(
                Site.SUPERNET,
                "/directory/changes",
                msg("dirpages.changes.title"),
                section,
                null,
                true));
    Stream<SitemapEntry> details =
        finder.sitemapRows().stream()
            .map(
                r ->
                    new SitemapEntry(
                        Site.SUPERNET,
                        DirectoryEntries.detailPath((Long) r[0]),
                        (String) r[1],
                        section,
                        LocalDateTime.ofInstant((Instant) r[2], ClockConfig.ZONE).toLocalDate(),
                        false));
    return Stream.concat(pages, details);
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(
            AdminMenuItem.CONTENT, msg("dirpages.admin.menu"), "/admin/directory", 40),
        new AdminMenuItem(
            AdminMenuItem.CONTENT,
            msg("dirpages.admin.changesMenu"),
            "/admin/directory/changes",
            41));
  }

  @Override
  public List<DashboardTile> tiles() {
    return List.of(
        new DashboardTile(
            DashboardTile.WAITING,
            msg("dirpages.admin.dashboard.waiting"),
            finder.countInState(ReviewState.PENDING),
            "/admin/directory?state=PENDING",
            10),
        new DashboardTile(
            DashboardTile.WAITING,
            msg("dirpages.admin.dashboard.changes"),
            changes.count(ChangeState.PENDING),
            "/admin/directory/changes?state=PENDING",
            11));
  }

  /** Published entries by type (rows) and activity status (columns), with totals. */
  @Override
  public List<DashboardTable> tables() {
    Map<OrganisationKind, Map<DirectoryStatus, Long>> counts = finder.counts(ReviewState.PUBLISHED);
    List<String> columns = new ArrayList<>();
    for (DirectoryStatus s : DirectoryStatus.values()) {
      columns.add(msg(DirectoryFieldText.statusKey(s)));
    }
    columns.add(msg("dirpages.admin.dashboard.total"));
    List<DashboardTable.Row> rows = new ArrayList<>();
    for (OrganisationKind k : OrganisationKind.values()) {
      List<DashboardTable.Cell> cells = new ArrayList<>();
      long total = 0;
      for (DirectoryStatus s : DirectoryStatus.values()) {
        long n = counts.get(k).get(s);
        total += n;
        cells.add(new DashboardTable.Cell(n, listHref(k.name(), s.name())));
      }
      cells.add(new DashboardTable.Cell(total, listHref(k.name(), null)));
      rows.add(new DashboardTable.Row(msg(DirectoryFieldText.kindKey(k)), cells));
    }
    List<DashboardTable.Cell> totals = new ArrayList<>();
    long all = 0;
    for (DirectoryStatus s : DirectoryStatus.values()) {
      long n = Arrays.stream(OrganisationKind.values()).mapToLong(k -> counts.get(k).get(s)).sum();
      all += n;
      totals.add(new DashboardTable.Cell(n, listHref(null, s.name())));
    }
    totals.add(new DashboardTable.Cell(all, listHref(null, null)));
    rows.add(new DashboardTable.Row(msg("dirpages.admin.dashboard.total"), totals));
    return List.of(new DashboardTable(msg("dirpages.admin.dashboard.table"), columns, rows, 10));
  }

  private static String listHref(String kind, String status) {
    StringBuilder b = new StringBuilder("/admin/directory?state=PUBLISHED");
    if (kind != null) b.append("&kind=").append(kind);
    if (status != null) b.append("&status=").append(status);
    return b.toString();
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }
}
