package jp.yamaguchi.katsudo.siteadmin.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import jp.yamaguchi.katsudo.admin.DashboardContributor;
import jp.yamaguchi.katsudo.admin.DashboardTile;
import jp.yamaguchi.katsudo.core.review.ReviewSchedule;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every planned 公開 / 公開終了 and the plans that could not be carried out (shown until they are 30 days
 * old on the dashboard; the list keeps the newest 100). Any staff member may look.
 */
@Controller
class ScheduleAdminController implements AdminMenuContributor, DashboardContributor {

  static final String BASE = "/admin/schedules";
  static final int LIMIT = 100;

  private final ReviewSchedule schedule;
  private final MessageSource messages;
  private final Clock clock;

  ScheduleAdminController(ReviewSchedule schedule, MessageSource messages, Clock clock) {
    this.schedule = schedule;
    this.messages = messages;
    this.clock = clock;
  }

  /** A plan with the admin link of its item and the label of its type. */
  record Row(ReviewSchedule.Entry entry, String href, String type) {}

  @GetMapping(BASE)
  String list(Model model) {
    model.addAttribute("pending", rows(ReviewSchedule.State.PENDING));
    model.addAttribute("failed", rows(ReviewSchedule.State.FAILED));
    return "siteadmin/schedules/list";
  }

  private List<Row> rows(ReviewSchedule.State state) {
    return schedule.inState(state, LIMIT).stream()
        .map(
            e ->
                new Row(
                    e,
                    schedule.adminPath(e),
                    messages.getMessage(
                        "schedule.type." + e.contentType(),
                        null,
                        e.contentType(),
                        LocaleContextHolder.getLocale())))
        .toList();
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(
            AdminMenuItem.CONTENT,
            messages.getMessage("schedule.admin.menu", null, LocaleContextHolder.getLocale()),
            BASE,
            85));
  }

  @Override
  public List<DashboardTile> tiles() {
    long failed = schedule.countFailedSince(clock.instant().minus(Duration.ofDays(30)));
    if (failed == 0) return List.of();
    return List.of(
        new DashboardTile(
            DashboardTile.WAITING,
            messages.getMessage(
                "schedule.admin.tile.failed", null, LocaleContextHolder.getLocale()),
            failed,
            BASE,
            5));
  }
}
