package jp.yamaguchi.katsudo.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.redirect.LegacyRedirects;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Anything not found, whether no handler matched or a handler found no item: an old URL in the
 * staff's redirect table answers 301 to its new place; anything else gets the Japanese 404 page of
 * its site.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class NotFoundHandler {

  private final LegacyRedirects redirects;
  private final ShellModelAdvice shell;

  public NotFoundHandler(LegacyRedirects redirects, ShellModelAdvice shell) {
    this.redirects = redirects;
    this.shell = shell;
  }

  @ExceptionHandler({NoResourceFoundException.class, NotFoundException.class})
  public ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
    String path = request.getRequestURI();
    if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
      Optional<String> target = redirects.resolve(path);
      if (target.isPresent()) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", target.get());
        return new ModelAndView();
      }
    }
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    var mav = new ModelAndView(path.startsWith("/admin") ? "error/admin-404" : "error/404");
    mav.addObject("shell", shell.shell(request));
    return mav;
  }
}
