package jp.yamaguchi.katsudo.admin.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import jp.yamaguchi.katsudo.admin.DashboardContributor;
import jp.yamaguchi.katsudo.admin.DashboardTable;
import jp.yamaguchi.katsudo.admin.DashboardTile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin login page and the dashboard. */
@Controller
public class AdminHomeController {

  private final List<DashboardContributor> contributors;

  public AdminHomeController(List<DashboardContributor> contributors) {
    this.contributors = contributors;
  }

  @GetMapping("/admin/login")
  public String login() {
    return "admin/login";
  }

  @GetMapping({"/admin", "/admin/"})
  public String dashboard(Model model) {
    var groups =
        contributors.stream()
            .flatMap(c -> c.tiles().stream())
            .sorted(Comparator.comparingInt(DashboardTile::order))
            .collect(
                Collectors.groupingBy(
                    DashboardTile::group, LinkedHashMap::new, Collectors.toList()));
    model.addAttribute("tileGroups", groups);
    model.addAttribute(
        "tables",
        contributors.stream()
            .flatMap(c -> c.tables().stream())
            .sorted(Comparator.comparingInt(DashboardTable::order))
            .toList());
    return "admin/dashboard";
  }
}
