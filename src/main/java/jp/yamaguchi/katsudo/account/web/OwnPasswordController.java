package jp.yamaguchi.katsudo.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffSummary;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * パスワードの変更: every signed-in staff member (編集者 too) changes their own password, with the current
 * one. Their other sessions end; this one stays, under a new session ID.
 */
@Controller
class OwnPasswordController {

  static final String PATH = "/admin/account/password";

  private static final List<String> ORDER =
      List.of("currentPassword", "password", "passwordConfirmation");
  private static final Map<String, String> FIELDS =
      Map.of(
          "e.staff.password.current", "currentPassword",
          "e.staff.password", "password",
          "e.password", "password");

  private final StaffAccounts accounts;
  private final MessageSource messages;

  OwnPasswordController(StaffAccounts accounts, MessageSource messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  @GetMapping(PATH)
  String form(Model model) {
    model.addAttribute("passwordForm", new StaffPasswordForm());
    return "account/security/password";
  }

  @PostMapping(PATH)
  String change(
      @Valid @ModelAttribute("passwordForm") StaffPasswordForm form,
      BindingResult result,
      Principal principal,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    StaffSummary me =
        accounts
            .byUsername(principal.getName())
            .orElseThrow(() -> new NotFoundException("staff " + principal.getName()));
    if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
      result.rejectValue("currentPassword", "e.staff.password.current.required");
    }
    if (form.getPassword() != null && !form.getPassword().isEmpty()) {
      accounts
          .passwordProblems(form.getPassword(), me.username())
          .forEach(e -> result.rejectValue("password", e.messageId(), e.arguments(), null));
      if (form.getPasswordConfirmation() != null
          && !form.getPasswordConfirmation().isEmpty()
          && !Objects.equals(form.getPassword(), form.getPasswordConfirmation())) {
        result.rejectValue("passwordConfirmation", "e.staff.passwordConfirmation.mismatch");
      }
    }
    if (result.hasErrors()) {
      FormErrors.order(result, model, ORDER);
      return "account/security/password";
    }
    try {
      accounts.changePassword(
          me.id(), form.getPassword(), principal.getName(), form.getCurrentPassword());
    } catch (BusinessException e) {
      FormErrors.reject(result, e, FIELDS);
      FormErrors.order(result, model, ORDER);
      return "account/security/password";
    }
    // a new session ID once the password changed: an ID seen before no longer works
    request.changeSessionId();
    redirect.addFlashAttribute(
        "success",
        messages.getMessage("security.password.changed", null, LocaleContextHolder.getLocale()));
    return "redirect:" + PATH;
  }
}
