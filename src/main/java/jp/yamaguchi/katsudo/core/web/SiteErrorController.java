package jp.yamaguchi.katsudo.core.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.redirect.LegacyRedirects;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error ends here: a 404 first looks for an old URL in the redirect table, then each status
 * gets a Japanese page in the shell of the site it happened on, never a stack trace. {@code /error}
 * asked for directly (not forwarded by the servlet container with an error status) is a page that
 * does not exist: 404.
 */
@Controller
public class SiteErrorController implements ErrorController {

  private final LegacyRedirects redirects;

  public SiteErrorController(LegacyRedirects redirects) {
    this.redirects = redirects;
  }

  @RequestMapping("/error")
  public String error(HttpServletRequest request, HttpServletResponse response) {
    Object statusAttr = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status =
        statusAttr instanceof Integer i
            ? i
            : request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null
                ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                : HttpServletResponse.SC_NOT_FOUND;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (status == 404 && uri instanceof String path && "GET".equals(request.getMethod())) {
      Optional<String> target = redirects.resolve(path);
      if (target.isPresent()) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", target.get());
        return null;
      }
    }
    response.setStatus(status);
    String admin = uri instanceof String p && p.startsWith("/admin") ? "admin-" : "";
    return switch (status) {
      case 400, 403, 404, 405 -> "error/" + admin + status;
      default -> "error/" + admin + "500";
    };
  }
}
