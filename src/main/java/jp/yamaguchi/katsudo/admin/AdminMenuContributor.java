package jp.yamaguchi.katsudo.admin;

import java.util.List;

/** Implemented by each module with admin screens, to list them in the admin menu. */
public interface AdminMenuContributor {

  List<AdminMenuItem> menuItems();
}
