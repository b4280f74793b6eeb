package jp.yamaguchi.katsudo.media.web;

import java.util.List;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The media library's entry in the admin menu. */
@Component
class MediaAdminMenu implements AdminMenuContributor {

  private final MessageSource messages;

  MediaAdminMenu(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(
            AdminMenuItem.CONTENT,
            messages.getMessage("media.admin.menu", null, LocaleContextHolder.getLocale()),
            "/admin/media",
            90));
  }
}
