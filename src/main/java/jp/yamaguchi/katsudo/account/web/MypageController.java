package jp.yamaguchi.katsudo.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.security.MemberSessions;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * マイページ of both sites: the account (login ID, masked mail address, kind), and changing the mail
 * address, changing the password and deleting the account, each confirmed with the current
 * password. Every handler works on the member of the session only: no URL names an account, so one
 * member can never reach another's data. The paths are in {@code SecurityConfig.MEMBER_ONLY}.
 */
@Controller
class MypageController {

  private static final List<String> ORDER = List.of("email", "currentPassword", "password");

  private final MemberAccounts accounts;
  private final MemberSessions sessions;

  MypageController(MemberAccounts accounts, MemberSessions sessions) {
    this.accounts = accounts;
    this.sessions = sessions;
  }

  @ModelAttribute
  void noStore(HttpServletRequest request, HttpServletResponse response) {
    MemberPages.noStore(request, response);
  }

  private MemberRef me() {
    return accounts.currentMember().orElseThrow(() -> new NotFoundException("no member"));
  }

  @GetMapping({"/mypage", "/aikasanet/mypage"})
  String mypage(Model model) {
    MemberRef me = me();
    model.addAttribute("me", me);
    model.addAttribute(
        "organisation",
        me.organisationId() == null
            ? null
            : accounts.organisation(me.organisationId()).orElse(null));
    return "account/member/mypage";
  }

  // -- mail address

  @GetMapping({"/mypage/email", "/aikasanet/mypage/email"})
  String emailForm(Model model) {
    model.addAttribute("me", me());
    model.addAttribute("emailForm", new MemberForms.EmailChange());
    return "account/member/mypage-email";
  }

  @PostMapping({"/mypage/email", "/aikasanet/mypage/email"})
  String changeEmail(
      @ModelAttribute("emailForm") MemberForms.EmailChange form,
      BindingResult result,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    MemberRef me = me();
    if (form.getEmail() == null || form.getEmail().isBlank()) {
      result.rejectValue("email", "e.member.email.required");
    }
    if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
      result.rejectValue("currentPassword", "e.member.currentPassword.required");
    }
    if (!result.hasErrors()) {
      try {
        accounts.requestEmailChange(
            me.id(), form.getCurrentPassword(), form.getEmail(), MemberPages.site(request));
      } catch (BusinessException e) {
        FormErrors.reject(result, e, MemberPages.FIELDS);
      }
    }
    if (result.hasErrors()) {
      form.setCurrentPassword(null);
      FormErrors.order(result, model, ORDER);
      model.addAttribute("me", me);
      return "account/member/mypage-email";
    }
    redirect.addFlashAttribute("success", "member.email.sent");
    return "redirect:" + MemberPages.site(request).path("mypage");
  }

  // -- password

  @GetMapping({"/mypage/password", "/aikasanet/mypage/password"})
  String passwordForm(Model model) {
    model.addAttribute("me", me());
    model.addAttribute("passwordForm", new MemberForms.PasswordChange());
    return "account/member/mypage-password";
  }

  @PostMapping({"/mypage/password", "/aikasanet/mypage/password"})
  String changePassword(
      @ModelAttribute("passwordForm") MemberForms.PasswordChange form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    MemberRef me = me();
    Site site = MemberPages.site(request);
    if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
      result.rejectValue("currentPassword", "e.member.currentPassword.required");
    }
    if (form.getPassword() == null || form.getPassword().isEmpty()) {
      result.rejectValue("password", "e.password.required");
    } else {
      MemberAccountController.rejectPassword(
          accounts.passwordProblems(form.getPassword(), me.loginId()), result);
    }
    if (!result.hasErrors()) {
      try {
        accounts.changePassword(me.id(), form.getCurrentPassword(), form.getPassword(), site);
      } catch (BusinessException e) {
        FormErrors.reject(result, e, MemberPages.FIELDS);
      }
    }
    if (result.hasErrors()) {
      form.setCurrentPassword(null);
      form.setPassword(null);
      FormErrors.order(result, model, ORDER);
      model.addAttribute("me", me);
      return "account/member/mypage-password";
    }
    // the change ended every session of the account; this one goes on with the new stamp
    sessions.refresh(accounts.principal(me.id()), request, response);
    redirect.addFlashAttribute("success", "member.password.changed");
    return "redirect:" + site.path("mypage");
  }

  // -- deletion

  @GetMapping({"/mypage/delete", "/aikasanet/mypage/delete"})
  String deleteForm(Model model) {
    model.addAttribute("me", me());
    model.addAttribute("deleteForm", new MemberForms.Delete());
    return "account/member/mypage-delete";
  }

  @PostMapping({"/mypage/delete", "/aikasanet/mypage/delete"})
  String delete(
      @ModelAttribute("deleteForm") MemberForms.Delete form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    MemberRef me = me();
    Site site = MemberPages.site(request);
    if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
      result.rejectValue("currentPassword", "e.member.currentPassword.required");
    }
    if (!form.isConfirmed()) result.rejectValue("confirmed", "e.member.delete.confirm");
    if (!result.hasErrors()) {
      try {
        accounts.delete(me.id(), form.getCurrentPassword(), site);
      } catch (BusinessException e) {
        FormErrors.reject(result, e, MemberPages.FIELDS);
      }
    }
    if (result.hasErrors()) {
      form.setCurrentPassword(null);
      FormErrors.order(result, model, List.of("currentPassword", "confirmed"));
      model.addAttribute("me", me);
      return "account/member/mypage-delete";
    }
    sessions.logout(request, response);
    return "redirect:" + site.path("account/deleted");
  }
}
