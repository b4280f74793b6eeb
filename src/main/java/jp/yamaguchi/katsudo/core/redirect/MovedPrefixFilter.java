package jp.yamaguchi.katsudo.core.redirect;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers 301 for anything under the old Aikasanet prefix, before any other work is done. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class MovedPrefixFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/boranet201909");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> target = LegacyRedirects.movedPrefix(request.getRequestURI());
    if (target.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String query = request.getQueryString();
    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    response.setHeader("Location", target.get() + (query == null ? "" : "?" + query));
  }
}
