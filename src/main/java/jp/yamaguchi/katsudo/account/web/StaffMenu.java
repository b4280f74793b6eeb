package jp.yamaguchi.katsudo.account.web;

import java.util.List;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** 職員アカウント and ログインのロック in the settings section of the admin menu. */
@Component
class StaffMenu implements AdminMenuContributor {

  private final MessageSource messages;

  StaffMenu(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(
            AdminMenuItem.SETTINGS,
            messages.getMessage("staff.menu", null, LocaleContextHolder.getLocale()),
            StaffController.BASE,
            40),
        new AdminMenuItem(
            AdminMenuItem.SETTINGS,
            messages.getMessage("security.lockouts.menu", null, LocaleContextHolder.getLocale()),
            LockoutsController.BASE,
            45));
  }
}
