package jp.yamaguchi.katsudo.core.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Adds {@code shell} to the model of every rendered public view. Admin views (their own layout),
 * redirects and handlers that write the response themselves are left alone; a handler that already
 * put a shell in (a preview) keeps it.
 */
public class ShellInterceptor implements HandlerInterceptor {

  private final ObjectProvider<ShellModelAdvice> shells;

  public ShellInterceptor(ObjectProvider<ShellModelAdvice> shells) {
    this.shells = shells;
  }

  @Override
  public void postHandle(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      ModelAndView modelAndView) {
    if (modelAndView == null || !modelAndView.hasView()) return;
    String viewName = modelAndView.getViewName();
    if ((viewName != null && viewName.startsWith("redirect:"))
        || modelAndView.getView() instanceof RedirectView) {
      return;
    }
    if (modelAndView.getModel().containsKey("shell")) return;
    Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = errorUri instanceof String s ? s : request.getRequestURI();
    if (path.startsWith("/admin")) return;
    modelAndView.addObject("shell", shells.getObject().shell(request));
  }
}
