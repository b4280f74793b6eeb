package jp.yamaguchi.katsudo.devmail;

import java.util.List;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** 送信メール（開発用） in the admin menu, while the development mail server runs. */
@Component
class DevMailMenu implements AdminMenuContributor {

  private final ObjectProvider<DevMailServer> server;
  private final MessageSource messages;

  DevMailMenu(ObjectProvider<DevMailServer> server, MessageSource messages) {
    this.server = server;
    this.messages = messages;
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    if (server.getIfAvailable() == null) return List.of();
    return List.of(
        new AdminMenuItem(
            AdminMenuItem.SETTINGS,
            messages.getMessage("settings.menu.mails", null, LocaleContextHolder.getLocale()),
            DevMailController.BASE,
            90));
  }
}
