package jp.yamaguchi.katsudo.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous public GET pages from {@link PageCache}. It runs after Spring Security (whose
 * header writer still adds the protective headers to a cached reply) and only for visitors without
 * a session: anyone signed in, or with a form in progress, always gets a fresh page. A signed-in
 * member is recognised twice over: by the session cookie and by the authentication Spring Security
 * loaded for the request, so neither a missing cookie name nor a new login path can let a member's
 * page (with their name in the header) into the cache or a cached page out to them. A response is
 * kept only when it is a 200 HTML or XML page that set no cookie and created no session, and when
 * no handler marked it {@link #NO_STORE} (pages showing personal data).
 */
@Component
@Order(-99)
public class PageCacheFilter extends OncePerRequestFilter {

  /** Request attribute a handler sets to keep its response out of the cache. */
  public static final String NO_STORE = PageCacheFilter.class.getName() + ".NO_STORE";

  private static final List<String> SKIPPED_PREFIXES =
      List.of(
          "/admin",
          "/display",
          "/media/",
          "/actuator",
          "/error",
          "/css/",
          "/js/",
          "/img/",
          "/webjars/",
          "/favicon");
  private static final String SESSION_COOKIE = "SESSION";

  private final PageCache cache;

  public PageCacheFilter(PageCache cache) {
    this.cache = cache;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) return true;
    String path = request.getRequestURI();
    for (String prefix : SKIPPED_PREFIXES) {
      if (path.startsWith(prefix)) return true;
    }
    if (request.getHeader("Authorization") != null) return true;
    if (signedIn()) return true;
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (SESSION_COOKIE.equals(c.getName())) return true;
      }
    }
    return false;
  }

  /**
   * The path, the parameters in a stable order (so {@code ?a=1&b=2} and {@code ?b=2&a=1} share an
   * entry) and the display preferences.
   */
  static String key(HttpServletRequest request) {
    var key = new StringBuilder(request.getRequestURI()).append('?');
    new java.util.TreeMap<>(request.getParameterMap())
        .forEach(
            (name, values) -> {
              for (String v : values) key.append(name).append('=').append(v).append('&');
            });
    return key.append('|').append(DisplayPreferences.of(request).cacheKey()).toString();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = key(request);
    PageCache.Entry hit = cache.get(key);
    if (hit != null) {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType(hit.contentType());
      if (hit.contentLanguage() != null)
        response.setHeader("Content-Language", hit.contentLanguage());
      response.setHeader("X-Page-Cache", "hit");
      response.setContentLength(hit.body().length);
      response.getOutputStream().write(hit.body());
      return;
    }
    var wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
      if (cacheable(request, wrapper)) {
        cache.put(
            key,
            new PageCache.Entry(
                wrapper.getContentAsByteArray(),
                wrapper.getContentType(),
                wrapper.getHeader("Content-Language")));
      }
    } finally {
      wrapper.copyBodyToResponse();
    }
  }

  /** Whether the request (or the response it produced) belongs to someone signed in. */
  private static boolean signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.isAuthenticated()
        && !(auth instanceof AnonymousAuthenticationToken);
  }

  private static boolean cacheable(HttpServletRequest request, HttpServletResponse response) {
    if (response.getStatus() != HttpServletResponse.SC_OK) return false;
    if (request.getAttribute(NO_STORE) != null) return false;
    if (signedIn()) return false;
    if (response.getHeader("Set-Cookie") != null) return false;
    if (request.getSession(false) != null) return false;
    String type = response.getContentType();
    return type != null
        && (type.startsWith("text/html")
            || type.startsWith("application/xml")
            || type.startsWith("text/plain")
            || type.startsWith("text/calendar"));
  }
}
