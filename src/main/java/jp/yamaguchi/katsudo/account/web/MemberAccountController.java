package jp.yamaguchi.katsudo.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.PasswordPolicy;
import jp.yamaguchi.katsudo.account.TokenPurpose;
import jp.yamaguchi.katsudo.core.abuse.FormGuard;
import jp.yamaguchi.katsudo.core.abuse.Limit;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account pages a member reaches without being signed in, on both sites: confirming the mail
 * address of a new account, asking for the confirmation mail again, resetting the password, and
 * confirming a new mail address. Mailed links open a page with a button (a link scanner that
 * fetches the URL uses nothing up); a dead link — unknown, of another purpose, used or expired —
 * gets a page that says which, in Japanese.
 *
 * <p>The two forms anyone may post to without a token ({@link #resend} and {@link #requestReset})
 * are guarded against abuse ({@link FormGuard}: honeypot and timing, and at most {@value
 * #PER_CLIENT_PER_HOUR} requests an hour per IP address and {@value #PER_TARGET_PER_HOUR} per
 * account named), so they cannot be used to flood someone's mailbox.
 */
@Controller
class MemberAccountController {

  /** Names of the guarded forms (spam guard and rate limits, {@link FormGuard}). */
  static final String RESEND_FORM = "member-resend";

  static final String RESET_FORM = "member-reset";

  /** Per IP address: a person needs a few tries, a flood is refused. */
  static final int PER_CLIENT_PER_HOUR = 5;

  /** Per account named: nobody's mailbox is flooded with links. */
  static final int PER_TARGET_PER_HOUR = 3;

  private final MemberAccounts accounts;
  private final FormGuard guard;

  MemberAccountController(MemberAccounts accounts, FormGuard guard) {
    this.accounts = accounts;
    this.guard = guard;
  }

  @ModelAttribute
  void noStore(HttpServletRequest request, HttpServletResponse response) {
    MemberPages.noStore(request, response);
  }

  // -- mail confirmation of a new account

  @GetMapping({"/account/verify", "/aikasanet/account/verify"})
  String verifyPage(@RequestParam(name = "token", required = false) String token, Model model) {
    Optional<String> problem = accounts.tokenProblem(token, TokenPurpose.VERIFY_EMAIL);
    if (problem.isPresent()) return tokenError(problem.get(), model);
    var form = new MemberForms.Token();
    form.setToken(token);
    model.addAttribute("tokenForm", form);
    return "account/member/verify";
  }

  @PostMapping({"/account/verify", "/aikasanet/account/verify"})
  String verify(@ModelAttribute("tokenForm") MemberForms.Token form, Model model) {
    try {
      accounts.verify(form.getToken());
    } catch (BusinessException e) {
      return tokenError(e.messageId(), model);
    }
    return done("member.verified.title", "member.verified.text", "login", model);
  }

  @GetMapping({"/account/verify/resend", "/aikasanet/account/verify/resend"})
  String resendPage(@RequestParam(name = "sent", required = false) String sent, Model model) {
    model.addAttribute("identifyForm", new MemberForms.Identify());
    model.addAttribute("sent", sent != null);
    return "account/member/resend";
  }

  /** Sends the confirmation mail again; the answer never says whether the account exists. */
  @PostMapping({"/account/verify/resend", "/aikasanet/account/verify/resend"})
  String resend(
      @ModelAttribute("identifyForm") MemberForms.Identify form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return mailALink(
        form,
        result,
        request,
        response,
        model,
        RESEND_FORM,
        "account/member/resend",
        accounts::resendConfirmation,
        "account/verify/resend?sent=1");
  }

  // -- password reset

  @GetMapping({"/account/password-reset", "/aikasanet/account/password-reset"})
  String resetPage(@RequestParam(name = "sent", required = false) String sent, Model model) {
    model.addAttribute("identifyForm", new MemberForms.Identify());
    model.addAttribute("sent", sent != null);
    return "account/member/reset";
  }

  /** Mails a reset link; the answer never says whether the account exists. */
  @PostMapping({"/account/password-reset", "/aikasanet/account/password-reset"})
  String requestReset(
      @ModelAttribute("identifyForm") MemberForms.Identify form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return mailALink(
        form,
        result,
        request,
        response,
        model,
        RESET_FORM,
        "account/member/reset",
        accounts::requestPasswordReset,
        "account/password-reset?sent=1");
  }

  /**
   * The common part of the two forms that mail a link to whoever an ID or address names: the abuse
   * guard, the one validation, the mail, and the same answer whether or not the account exists.
   */
  private String mailALink(
      MemberForms.Identify form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      String formName,
      String view,
      BiConsumer<String, Site> send,
      String sentPath) {
    model.addAttribute("sent", false);
    if (!guard.passes(
        request,
        response,
        result,
        formName,
        Limit.perClient(formName, PER_CLIENT_PER_HOUR, Duration.ofHours(1)),
        Limit.perTarget(
            formName, form.getLoginIdOrEmail(), PER_TARGET_PER_HOUR, Duration.ofHours(1)))) {
      return view;
    }
    if (blank(form.getLoginIdOrEmail())) {
      result.rejectValue("loginIdOrEmail", "e.member.identify.required");
      return view;
    }
    Site site = MemberPages.site(request);
    send.accept(form.getLoginIdOrEmail(), site);
    return "redirect:" + site.path(sentPath);
  }

  @GetMapping({"/account/password-reset/new", "/aikasanet/account/password-reset/new"})
  String newPasswordPage(
      @RequestParam(name = "token", required = false) String token, Model model) {
    Optional<String> problem = accounts.tokenProblem(token, TokenPurpose.RESET_PASSWORD);
    if (problem.isPresent()) return tokenError(problem.get(), model);
    var form = new MemberForms.NewPassword();
    form.setToken(token);
    model.addAttribute("passwordForm", form);
    return "account/member/reset-new";
  }

  @PostMapping({"/account/password-reset/new", "/aikasanet/account/password-reset/new"})
  String newPassword(
      @ModelAttribute("passwordForm") MemberForms.NewPassword form,
      BindingResult result,
      HttpServletRequest request,
      Model model) {
    if (form.getPassword() == null || form.getPassword().isEmpty()) {
      result.rejectValue("password", "e.password.required");
      return "account/member/reset-new";
    }
    try {
      accounts.resetPassword(form.getToken(), form.getPassword(), MemberPages.site(request));
    } catch (BusinessException e) {
      if (e.messageId().startsWith("e.member.token")) return tokenError(e.messageId(), model);
      FormErrors.reject(result, e, MemberPages.FIELDS);
      return "account/member/reset-new";
    }
    return done("member.reset.done.title", "member.reset.done.text", "login", model);
  }

  // -- new mail address

  @GetMapping({"/account/email/confirm", "/aikasanet/account/email/confirm"})
  String emailConfirmPage(
      @RequestParam(name = "token", required = false) String token, Model model) {
    Optional<String> problem = accounts.tokenProblem(token, TokenPurpose.CHANGE_EMAIL);
    if (problem.isPresent()) return tokenError(problem.get(), model);
    var form = new MemberForms.Token();
    form.setToken(token);
    model.addAttribute("tokenForm", form);
    return "account/member/email-confirm";
  }

  @PostMapping({"/account/email/confirm", "/aikasanet/account/email/confirm"})
  String emailConfirm(@ModelAttribute("tokenForm") MemberForms.Token form, Model model) {
    try {
      accounts.confirmEmailChange(form.getToken());
    } catch (BusinessException e) {
      return tokenError(e.messageId(), model);
    }
    return done("member.email.done.title", "member.email.done.text", "mypage", model);
  }

  /** Where a member lands after deleting their account (the session is gone by then). */
  @GetMapping({"/account/deleted", "/aikasanet/account/deleted"})
  String deleted(Model model) {
    return done("member.deleted.title", "member.deleted.text", null, model);
  }

  private static String tokenError(String messageId, Model model) {
    model.addAttribute("problem", messageId);
    return "account/member/token-error";
  }

  /** A result page: a heading, a text and a link to a site-relative path (or none). */
  private static String done(String title, String text, String next, Model model) {
    model.addAttribute("titleKey", title);
    model.addAttribute("textKey", text);
    model.addAttribute("next", next);
    return "account/member/done";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Every rule a new password breaks, next to the password field. */
  static void rejectPassword(List<PasswordPolicy.Violation> problems, BindingResult result) {
    for (PasswordPolicy.Violation v : problems) {
      result.rejectValue(
          "password",
          v.messageKey(),
          v.argument() == null ? null : new Object[] {v.argument()},
          v.messageKey());
    }
  }
}
