package jp.yamaguchi.katsudo.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.util.UriUtils;

/**
 * Sends an anonymous visitor of a member page to the login page of the site the page belongs to
 * ({@code /login} or {@code /aikasanet/login}), with the page as {@code next}.
 */
class MemberLoginEntryPoint implements AuthenticationEntryPoint {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String path = request.getRequestURI();
    String next = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    Site site = Site.ofPath(path);
    String target =
        site.path("login") + "?next=" + UriUtils.encodeQueryParam(next, StandardCharsets.UTF_8);
    response.sendRedirect(request.getContextPath() + target);
  }
}
