package jp.yamaguchi.katsudo.page.web;

import java.util.Set;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.page.domain.ReservedPaths;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A page path is reserved when another screen of the application already answers a GET there (found
 * in the MVC handler mappings, so new modules are covered without a list), or when it is one of the
 * fixed top-level names (admin, static files, the other site's prefix).
 */
@Component
class HandlerReservedPaths implements ReservedPaths {

  static final Set<String> TOP_LEVEL =
      Set.of(
          "admin",
          "aikasanet",
          "boranet",
          "boranet201909",
          "media",
          "css",
          "js",
          "img",
          "webjars",
          "error",
          "display",
          "sitemap",
          "actuator",
          "login",
          "logout");

  private final ApplicationContext context;

  HandlerReservedPaths(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public boolean reserved(Site site, String path) {
    String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
    if (site == Site.SUPERNET && TOP_LEVEL.contains(first)) return true;
    if (site == Site.AIKASANET && Set.of("sitemap", "display").contains(first)) return true;
    PathContainer full = PathContainer.parsePath(site.path(path));
    var mapping =
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    return mapping.getHandlerMethods().entrySet().stream()
        .filter(e -> e.getValue().getBeanType() != PublicPageController.class)
        .filter(
            e -> {
              var methods = e.getKey().getMethodsCondition().getMethods();
              return methods.isEmpty() || methods.contains(RequestMethod.GET);
            })
        .anyMatch(
            e ->
                e.getKey().getPathPatternsCondition() != null
                    && e.getKey().getPathPatternsCondition().getPatterns().stream()
                        .anyMatch(p -> p.matches(full)));
  }
}
