package jp.yamaguchi.katsudo.siteadmin.web;

import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import jp.yamaguchi.katsudo.admin.DashboardContributor;
import jp.yamaguchi.katsudo.admin.DashboardTile;
import jp.yamaguchi.katsudo.core.notice.EmergencyNotices;
import jp.yamaguchi.katsudo.core.notice.NoticeState;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** This module's admin menu entries and its dashboard figure. */
@Component
class SiteAdminMenu implements AdminMenuContributor, DashboardContributor {

  private final MessageSource messages;
  private final EmergencyNotices notices;

  SiteAdminMenu(MessageSource messages, EmergencyNotices notices) {
    this.messages = messages;
    this.notices = notices;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    List<AdminMenuItem> items = new ArrayList<>();
    items.add(
        new AdminMenuItem(
            AdminMenuItem.CONTENT, msg("settings.menu.notices"), NoticesController.BASE, 900));
    items.add(
        new AdminMenuItem(
            AdminMenuItem.CONTENT, msg("settings.menu.terms"), TermsAdminController.BASE, 910));
    items.add(
        new AdminMenuItem(
            AdminMenuItem.SETTINGS, msg("settings.menu.site"), "/admin/settings/site", 10));
    items.add(
        new AdminMenuItem(
            AdminMenuItem.SETTINGS, msg("settings.menu.lists"), ListsController.BASE, 20));
    items.add(
        new AdminMenuItem(
            AdminMenuItem.SETTINGS, msg("settings.menu.redirects"), RedirectsController.BASE, 30));
    items.add(
        new AdminMenuItem(AdminMenuItem.SETTINGS, msg("audit.menu"), AuditLogController.BASE, 80));
    return items;
  }

  @Override
  public List<DashboardTile> tiles() {
    return List.of(
        new DashboardTile(
            DashboardTile.CONTENT,
            msg("settings.dashboard.activeNotices"),
            notices.countActive(),
            NoticesController.BASE + "?state=" + NoticeState.ACTIVE.name(),
            5));
  }
}
