package jp.yamaguchi.katsudo.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.web.PageCacheFilter;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * {@code Cache-Control: no-store} on every response that may show personal data (別記2 / IPA
 * 「キャッシュからの情報漏洩」), overriding whatever the handler set unless it already says no-store:
 *
 * <ul>
 *   <li>every response under {@code /admin/} (staff screens),
 *   <li>every response to a signed-in user (staff or member: anything but anonymous),
 *   <li>paths listed in {@code katsudo.security.no-store-paths} (e.g. {@code /mypage/**}),
 *   <li>responses whose handler set the request attribute {@link PageCacheFilter#NO_STORE}.
 * </ul>
 *
 * Other responses keep Spring Security's default cache headers. Both filter chains use it, so a new
 * personal page needs nothing but one of the four conditions.
 */
public class NoStoreHeaderWriter implements HeaderWriter {

  static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

  private final List<PathPattern> paths = new ArrayList<>();

  public NoStoreHeaderWriter(List<String> extraPaths) {
    PathPatternParser parser = PathPatternParser.defaultInstance;
    paths.add(parser.parse("/admin/**"));
    paths.add(parser.parse("/admin"));
    extraPaths.forEach(p -> paths.add(parser.parse(p)));
  }

  @Override
  public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
    if (!personal(request)) return;
    String current = response.getHeader("Cache-Control");
    if (current != null && current.contains("no-store")) return;
    response.setHeader("Cache-Control", NO_STORE);
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Expires", "0");
  }

  boolean personal(HttpServletRequest request) {
    if (request.getAttribute(PageCacheFilter.NO_STORE) != null) return true;
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    PathContainer container = PathContainer.parsePath(path);
    return paths.stream().anyMatch(p -> p.matches(container));
  }
}
