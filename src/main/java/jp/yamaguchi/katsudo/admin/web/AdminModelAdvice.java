package jp.yamaguchi.katsudo.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the admin menu, grouped by section, to every admin view. */
@ControllerAdvice
public class AdminModelAdvice {

  private final List<AdminMenuContributor> contributors;

  public AdminModelAdvice(List<AdminMenuContributor> contributors) {
    this.contributors = contributors;
  }

  @ModelAttribute("adminPath")
  public String adminPath(HttpServletRequest request) {
    return request.getRequestURI();
  }

  @ModelAttribute("adminMenu")
  public Map<String, List<AdminMenuItem>> adminMenu(HttpServletRequest request) {
    if (!request.getRequestURI().startsWith("/admin")) return Map.of();
    return contributors.stream()
        .flatMap(c -> c.menuItems().stream())
        .sorted(
            Comparator.comparing((AdminMenuItem i) -> !i.section().equals(AdminMenuItem.CONTENT))
                .thenComparingInt(AdminMenuItem::order))
        .collect(
            Collectors.groupingBy(AdminMenuItem::section, LinkedHashMap::new, Collectors.toList()));
  }
}
