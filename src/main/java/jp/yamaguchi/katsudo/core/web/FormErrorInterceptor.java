package jp.yamaguchi.katsudo.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Marks a view whose model holds a binding result with errors, so the layout can start the page
 * title with 「エラー：」 and every form page behaves the same without code in each controller.
 */
public class FormErrorInterceptor implements HandlerInterceptor {

  public static final String ATTRIBUTE = "formHasErrors";

  @Override
  public void postHandle(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      ModelAndView modelAndView) {
    if (modelAndView == null || !modelAndView.hasView() || isRedirect(modelAndView)) return;
    boolean errors =
        modelAndView.getModel().values().stream()
            .anyMatch(v -> v instanceof BindingResult br && br.hasErrors());
    modelAndView.addObject(ATTRIBUTE, errors);
  }

  /** A redirect's model becomes its query string: the mark must not end up in the URL. */
  private static boolean isRedirect(ModelAndView modelAndView) {
    String name = modelAndView.getViewName();
    return (name != null && name.startsWith("redirect:"))
        || modelAndView.getView() instanceof RedirectView;
  }
}
