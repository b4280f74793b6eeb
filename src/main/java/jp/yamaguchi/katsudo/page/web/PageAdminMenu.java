package jp.yamaguchi.katsudo.page.web;

import java.util.List;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import jp.yamaguchi.katsudo.admin.DashboardContributor;
import jp.yamaguchi.katsudo.admin.DashboardTile;
import jp.yamaguchi.katsudo.page.PageState;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The fixed pages in the admin menu and on the dashboard. */
@Component
class PageAdminMenu implements AdminMenuContributor, DashboardContributor {

  private final MessageSource messages;
  private final PageRepository repository;

  PageAdminMenu(MessageSource messages, PageRepository repository) {
    this.messages = messages;
    this.repository = repository;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(
        new AdminMenuItem(AdminMenuItem.CONTENT, msg("page.admin.menu"), "/admin/pages", 10));
  }

  @Override
  public List<DashboardTile> tiles() {
    return List.of(
        new DashboardTile(
            DashboardTile.WAITING,
            msg("page.admin.tile.changed"),
            repository.countByState(PageState.CHANGED),
            "/admin/pages?state=CHANGED",
            80),
        new DashboardTile(
            DashboardTile.CONTENT,
            msg("page.admin.tile.published"),
            repository.countByState(PageState.PUBLISHED)
                + repository.countByState(PageState.CHANGED),
            "/admin/pages",
            80));
  }
}
