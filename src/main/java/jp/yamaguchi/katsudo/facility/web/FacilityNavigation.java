package jp.yamaguchi.katsudo.facility.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import jp.yamaguchi.katsudo.admin.DashboardContributor;
import jp.yamaguchi.katsudo.admin.DashboardTile;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.sitemap.SitemapContributor;
import jp.yamaguchi.katsudo.core.sitemap.SitemapEntry;
import jp.yamaguchi.katsudo.facility.FacilityCalendar;
import jp.yamaguchi.katsudo.facility.domain.FacilityBookings;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The calendar in the site map, the booking screens in the admin menu and on the dashboard. */
@Component
class FacilityNavigation implements SitemapContributor, AdminMenuContributor, DashboardContributor {

  private final MessageSource messages;
  private final FacilityBookings bookings;
  private final Clock clock;

  FacilityNavigation(MessageSource messages, FacilityBookings bookings, Clock clock) {
    this.messages = messages;
    this.bookings = bookings;
    this.clock = clock;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public Stream<SitemapEntry> entries() {
    return Stream.of(
        new SitemapEntry(
            Site.SUPERNET,
            FacilityCalendar.PATH,
            msg("facility.public.heading"),
            msg("facility.sitemap.section"),
            LocalDate.now(clock),
            true));
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(
            AdminMenuItem.CONTENT, msg("facility.admin.menu"), FacilityAdminController.BASE, 60));
  }

  @Override
  public List<DashboardTile> tiles() {
    return List.of(
        new DashboardTile(
            DashboardTile.CONTENT,
            msg("facility.admin.tile.upcoming"),
            bookings.upcoming(),
            FacilityAdminController.BASE,
            90));
  }
}
