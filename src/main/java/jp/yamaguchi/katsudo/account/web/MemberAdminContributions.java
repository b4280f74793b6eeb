package jp.yamaguchi.katsudo.account.web;

import java.util.List;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberStatus;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import jp.yamaguchi.katsudo.admin.DashboardContributor;
import jp.yamaguchi.katsudo.admin.DashboardTile;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** 会員アカウント in the settings section of the admin menu, and the member counts on the dashboard. */
@Component
class MemberAdminContributions implements AdminMenuContributor, DashboardContributor {

  private final MemberAccounts accounts;
  private final MessageSource messages;

  MemberAdminContributions(MemberAccounts accounts, MessageSource messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(
            AdminMenuItem.SETTINGS, msg("members.menu"), MemberAdminController.BASE, 45));
  }

  @Override
  public List<DashboardTile> tiles() {
    return List.of(
        new DashboardTile(
            DashboardTile.CONTENT,
            msg("members.tile.active"),
            accounts.count(MemberStatus.ACTIVE),
            MemberAdminController.BASE + "?status=ACTIVE",
            80),
        new DashboardTile(
            DashboardTile.CONTENT,
            msg("members.tile.pending"),
            accounts.count(MemberStatus.PENDING),
            MemberAdminController.BASE + "?status=PENDING",
            81));
  }
}
