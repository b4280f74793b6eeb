package jp.yamaguchi.katsudo.admin;

import java.util.List;

/** Implemented by each module that shows figures on the admin dashboard. */
public interface DashboardContributor {

  List<DashboardTile> tiles();

  /** Tables of figures (e.g. counts by type and status), shown after the tiles; none by default. */
  default List<DashboardTable> tables() {
    return List.of();
  }
}
