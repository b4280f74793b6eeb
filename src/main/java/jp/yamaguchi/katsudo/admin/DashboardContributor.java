package jp.yamaguchi.katsudo.admin;

import java.util.List;

/** Implemented by each module that shows figures on the admin dashboard. */
public interface DashboardContributor {

  List<DashboardTile> tiles();
}
