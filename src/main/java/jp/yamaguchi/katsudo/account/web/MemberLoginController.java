package jp.yamaguchi.katsudo.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.security.LoginInput;
import jp.yamaguchi.katsudo.account.security.MemberSessions;
import jp.yamaguchi.katsudo.account.security.MemberUser;
import jp.yamaguchi.katsudo.account.security.SessionTimeouts;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.SafeRedirects;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The member login of both public sites ({@code /login}, {@code /aikasanet/login}), in the shell of
 * the site. Login ID or mail address plus password; every failure reads the same, except that a
 * person who typed the right password of a PENDING account hears that the address is not confirmed
 * yet (and may ask for the mail again). After the login the member goes to {@code next} when it is
 * a path of this site, else to the mypage.
 */
@Controller
class MemberLoginController {

  static final String VIEW = "account/member/login";

  private final MemberSessions sessions;
  private final MemberAccounts accounts;
  private final SessionTimeouts timeouts;

  MemberLoginController(
      MemberSessions sessions, MemberAccounts accounts, SessionTimeouts timeouts) {
    this.sessions = sessions;
    this.accounts = accounts;
    this.timeouts = timeouts;
  }

  @ModelAttribute
  void noStore(HttpServletRequest request, HttpServletResponse response) {
    MemberPages.noStore(request, response);
  }

  @GetMapping({"/login", "/aikasanet/login"})
  String form(
      @RequestParam(name = "next", required = false) String next,
      HttpServletRequest request,
      Model model) {
    Site site = MemberPages.site(request);
    if (accounts.currentMember().isPresent()) {
      return "redirect:" + SafeRedirects.localPathOr(next, site.path("mypage"));
    }
    var form = new MemberForms.Login();
    form.setNext(SafeRedirects.localPathOr(next, null));
    model.addAttribute("loginForm", form);
    return VIEW;
  }

  @PostMapping({"/login", "/aikasanet/login"})
  String login(
      @ModelAttribute("loginForm") MemberForms.Login form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Site site = MemberPages.site(request);
    String loginId = form.getLoginId() == null ? "" : form.getLoginId().strip();
    form.setLoginId(loginId);
    form.setNext(SafeRedirects.localPathOr(form.getNext(), null));
    // longer than any account's: said at once, before any work is done with it (an ID of a
    // megabyte costs no more than a short one; the answer says nothing about any account)
    if (loginId.isEmpty()) {
      result.rejectValue("loginId", "e.member.login.loginId.required");
    } else if (LoginInput.loginIdTooLong(loginId)) {
      result.rejectValue(
          "loginId",
          "e.member.login.loginId.tooLong",
          new Object[] {LoginInput.MAX_LOGIN_ID},
          null);
    }
    if (form.getPassword() == null || form.getPassword().isEmpty()) {
      result.rejectValue("password", "e.member.login.password.required");
    } else if (LoginInput.passwordTooLong(form.getPassword())) {
      result.rejectValue(
          "password",
          "e.member.login.password.tooLong",
          new Object[] {LoginInput.MAX_PASSWORD},
          null);
    }
    if (result.hasErrors()) {
      form.setPassword(null);
      return VIEW;
    }
    MemberUser user;
    try {
      user = sessions.login(loginId, form.getPassword(), request, response);
    } catch (AuthenticationException e) {
      form.setPassword(null);
      if (MemberSessions.pendingAccount(e)) {
        model.addAttribute("pending", true);
        result.reject("e.member.login.pending");
      } else {
        result.reject("e.member.login.failed");
      }
      return VIEW;
    }
    timeouts.applyMember(request);
    accounts.recordLogin(user.accountId());
    return "redirect:" + SafeRedirects.localPathOr(form.getNext(), site.path("mypage"));
  }
}
