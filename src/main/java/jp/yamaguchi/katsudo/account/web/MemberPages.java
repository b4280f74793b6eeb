package jp.yamaguchi.katsudo.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.PageCacheFilter;

/** What every member page shares: it is never cached, and it belongs to the site of its path. */
final class MemberPages {

  /** Message-ID prefixes of the member services and the form field each belongs to. */
  static final Map<String, String> FIELDS =
      Map.of(
          "e.password", "password",
          "e.member.currentPassword", "currentPassword",
          "e.member.email", "email",
          "e.member.loginId", "loginId",
          "e.member.displayName", "displayName",
          "e.member.kind", "kind",
          "e.member.organisation", "organisationName");

  private MemberPages() {}

  /**
   * Keeps the page out of every cache: the browser's and proxies' ({@code Cache-Control: no-store})
   * and the anonymous page cache.
   */
  static void noStore(HttpServletRequest request, HttpServletResponse response) {
    request.setAttribute(PageCacheFilter.NO_STORE, Boolean.TRUE);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
  }

  static Site site(HttpServletRequest request) {
    return Site.ofPath(request.getRequestURI());
  }
}
