package jp.yamaguchi.katsudo.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a member's login at the first request after the account was suspended, deleted or had its
 * password changed elsewhere: the stamp the session logged in with no longer matches the account's
 * (one indexed read per request of a signed-in member). Only the member context of the session is
 * removed; a staff login in the same browser stays.
 */
class MemberSessionFilter extends OncePerRequestFilter {

  private final MemberAccounts accounts;
  private final HttpSessionSecurityContextRepository repository;

  MemberSessionFilter(MemberAccounts accounts, HttpSessionSecurityContextRepository repository) {
    this.accounts = accounts;
    this.repository = repository;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.getPrincipal() instanceof MemberUser user
        && !accounts.sessionValid(user.accountId(), user.stamp())) {
      var empty = SecurityContextHolder.createEmptyContext();
      SecurityContextHolder.setContext(empty);
      if (request.getSession(false) != null) {
        request.getSession(false).removeAttribute(MemberSessions.CONTEXT_KEY);
      }
    }
    chain.doFilter(request, response);
  }
}
