package jp.yamaguchi.katsudo.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers "not found" to a list page number no list can reach ({@code ?page=107374183}), before a
 * controller turns it into a database offset beyond what the database or Spring Data accept (which
 * would otherwise end in an error page with status 500). {@value #MAX_PAGE} pages of even 20 items
 * are far more than ten times today's largest list.
 */
@Component
class PageParameterGuard extends OncePerRequestFilter {

  static final long MAX_PAGE = 100_000;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String page = request.getParameter("page");
    if (page != null && tooLarge(page.strip())) {
      response.sendError(HttpStatus.NOT_FOUND.value());
      return;
    }
    chain.doFilter(request, response);
  }

  /** A number (of any length) above the limit; anything else is left to the controller. */
  static boolean tooLarge(String page) {
    if (page.isEmpty() || page.length() > 40 || !page.chars().allMatch(Character::isDigit)) {
      return false;
    }
    return page.length() > 7 || Long.parseLong(page) > MAX_PAGE;
  }
}
