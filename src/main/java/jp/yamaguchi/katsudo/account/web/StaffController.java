package jp.yamaguchi.katsudo.account.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.account.StaffSummary;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.ListSorting;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 職員アカウント: the staff who sign in to the admin (管理者 only). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class StaffController {

  static final String BASE = "/admin/staff";
  static final int PAGE_SIZE = 20;

  /** The values of the list's status filter. */
  private static final String ENABLED = "enabled";

  private static final String DISABLED = "disabled";
  private static final List<String> SORTABLE =
      List.of("username", "displayName", "email", "role", "enabled");

  /** Message-ID prefixes and the field each belongs to (the longest matching prefix wins). */
  private static final Map<String, String> FIELDS =
      Map.of(
          "e.staff.username", "username",
          "e.staff.name", "displayName",
          "e.staff.email", "email",
          "e.staff.role", "role",
          "e.staff.self.demote", "role",
          "e.staff.self.disable", "enabled",
          "e.staff.password.current", "currentPassword",
          "e.staff.password", "password",
          "e.password", "password");

  /** The fields of the staff forms from top to bottom: the order of the error summary. */
  private static final List<String> ORDER =
      List.of(
          "username",
          "displayName",
          "email",
          "role",
          "enabled",
          "currentPassword",
          "password",
          "passwordConfirmation");

  private final StaffAccounts accounts;
  private final MessageSource messages;

  StaffController(StaffAccounts accounts, MessageSource messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  @InitBinder({"createForm", "editForm"})
  void trim(WebDataBinder binder) {
    for (String field : List.of("username", "displayName", "email")) {
      binder.registerCustomEditor(String.class, field, new StringTrimmerEditor(true));
    }
  }

  @GetMapping(BASE)
  String list(
      @ModelAttribute("filter") StaffFilter filter,
      @RequestParam(name = "sort", required = false) String sort,
      @RequestParam(name = "dir", required = false) String dir,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Principal principal,
      Model model) {
    StaffRole role =
        Arrays.stream(StaffRole.values())
            .filter(r -> r.name().equals(filter.getRole()))
            .findFirst()
            .orElse(null);
    String status = filter.getStatus();
    Boolean enabled =
        ENABLED.equals(status) ? Boolean.TRUE : DISABLED.equals(status) ? Boolean.FALSE : null;
    filter.setRole(role == null ? null : role.name());
    filter.setStatus(enabled == null ? null : status);
    ListSorting sorting = ListSorting.of(sort, dir, SORTABLE, "username", true);
    Page<StaffSummary> result =
        accounts.search(
            role, enabled, PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.toSort()));
    String filters =
        UriComponentsBuilder.fromPath(BASE)
                .queryParamIfPresent("role", Optional.ofNullable(role))
                .queryParamIfPresent("status", Optional.ofNullable(enabled == null ? null : status))
                .build()
                .toUriString()
            + (role == null && enabled == null ? "?" : "&");
    model.addAttribute("rows", result);
    model.addAttribute("roleOptions", roleOptions());
    model.addAttribute(
        "statusOptions",
        List.of(
            new Choice(ENABLED, msg("staff.enabled"), Set.of()),
            new Choice(DISABLED, msg("staff.disabled"), Set.of())));
    model.addAttribute("sorting", sorting);
    model.addAttribute("sortBase", filters);
    model.addAttribute("pageBase", filters + sorting.query());
    model.addAttribute("me", principal.getName());
    return "account/staff/list";
  }

  @GetMapping(BASE + "/new")
  String newForm(Model model) {
    var form = new StaffCreateForm();
    form.setRole(StaffRole.EDITOR);
    model.addAttribute("createForm", form);
    return createView(model);
  }

  @PostMapping(BASE + "/new")
  String create(
      @Valid @ModelAttribute("createForm") StaffCreateForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    checkNewPassword(
        form.getPassword(), form.getPasswordConfirmation(), form.getUsername(), result);
    checkEmail(form.getEmail(), result);
    if (result.hasErrors()) {
      FormErrors.order(result, model, ORDER);
      return createView(model);
    }
    StaffSummary created;
    try {
      created =
          accounts.create(
              form.getUsername(),
              form.getDisplayName(),
              form.getEmail(),
              form.getPassword(),
              form.getRole());
    } catch (BusinessException e) {
      FormErrors.reject(result, e, FIELDS);
      FormErrors.order(result, model, ORDER);
      return createView(model);
    }
    redirect.addFlashAttribute(
        "success", msg("staff.created", created.displayName(), created.username()));
    return "redirect:" + BASE;
  }

  @GetMapping(BASE + "/{id}/edit")
  String editForm(@PathVariable("id") long id, Principal principal, Model model) {
    StaffSummary account = accounts.get(id);
    model.addAttribute("editForm", StaffEditForm.of(account));
    return editView(account, principal, model);
  }

  @PostMapping(BASE + "/{id}/edit")
  String edit(
      @PathVariable("id") long id,
      @Valid @ModelAttribute("editForm") StaffEditForm form,
      BindingResult result,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    StaffSummary account = accounts.get(id);
    checkEmail(form.getEmail(), result);
    if (result.hasErrors()) {
      FormErrors.order(result, model, ORDER);
      return editView(account, principal, model);
    }
    try {
      accounts.update(
          id,
          form.getDisplayName(),
          form.getEmail(),
          form.getRole(),
          form.isEnabled(),
          principal.getName());
    } catch (BusinessException e) {
      FormErrors.reject(result, e, FIELDS);
      FormErrors.order(result, model, ORDER);
      return editView(account, principal, model);
    }
    redirect.addFlashAttribute("success", msg("staff.saved", form.getDisplayName()));
    return "redirect:" + BASE;
  }

  @GetMapping(BASE + "/{id}/password")
  String passwordForm(@PathVariable("id") long id, Principal principal, Model model) {
    model.addAttribute("passwordForm", new StaffPasswordForm());
    return passwordView(accounts.get(id), principal, model);
  }

  @PostMapping(BASE + "/{id}/password")
  String password(
      @PathVariable("id") long id,
      @Valid @ModelAttribute("passwordForm") StaffPasswordForm form,
      BindingResult result,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    StaffSummary account = accounts.get(id);
    boolean self = account.username().equals(principal.getName());
    if (self && (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty())) {
      result.rejectValue("currentPassword", "e.staff.password.current.required");
    }
    checkNewPassword(
        form.getPassword(), form.getPasswordConfirmation(), account.username(), result);
    if (result.hasErrors()) {
      FormErrors.order(result, model, ORDER);
      return passwordView(account, principal, model);
    }
    try {
      accounts.changePassword(
          id, form.getPassword(), principal.getName(), form.getCurrentPassword());
    } catch (BusinessException e) {
      FormErrors.reject(result, e, FIELDS);
      FormErrors.order(result, model, ORDER);
      return passwordView(account, principal, model);
    }
    redirect.addFlashAttribute("success", msg("staff.passwordChanged", account.displayName()));
    return "redirect:" + BASE;
  }

  @GetMapping(BASE + "/{id}/delete")
  String confirmDelete(@PathVariable("id") long id, Principal principal, Model model) {
    StaffSummary account = accounts.get(id);
    model.addAttribute("account", account);
    model.addAttribute("self", account.username().equals(principal.getName()));
    return "account/staff/delete";
  }

  @PostMapping(BASE + "/{id}/delete")
  String delete(@PathVariable("id") long id, Principal principal, RedirectAttributes redirect) {
    StaffSummary account = accounts.get(id);
    try {
      accounts.delete(id, principal.getName());
    } catch (BusinessException e) {
      redirect.addFlashAttribute("error", msg(e.messageId(), e.arguments()));
      return "redirect:" + BASE + "/" + id + "/delete";
    }
    redirect.addFlashAttribute("success", msg("staff.deleted", account.displayName()));
    return "redirect:" + BASE;
  }

  private void checkNewPassword(
      String password, String confirmation, String username, BindingResult result) {
    if (password == null || password.isEmpty()) return;
    accounts
        .passwordProblems(password, username)
        .forEach(e -> result.rejectValue("password", e.messageId(), e.arguments(), null));
    if (confirmation != null
        && !confirmation.isEmpty()
        && !Objects.equals(password, confirmation)) {
      result.rejectValue("passwordConfirmation", "e.staff.passwordConfirmation.mismatch");
    }
  }

  /** With the second factor on, the code is mailed: the address is then required. */
  private void checkEmail(String email, BindingResult result) {
    if (accounts.emailRequired()
        && (email == null || email.isBlank())
        && !result.hasFieldErrors("email")) {
      result.rejectValue("email", "e.staff.email.required");
    }
  }

  private String createView(Model model) {
    model.addAttribute("emailRequired", accounts.emailRequired());
    model.addAttribute("roleOptions", roleOptions());
    return "account/staff/create";
  }

  private String editView(StaffSummary account, Principal principal, Model model) {
    model.addAttribute("emailRequired", accounts.emailRequired());
    model.addAttribute("account", account);
    model.addAttribute("self", account.username().equals(principal.getName()));
    model.addAttribute("roleOptions", roleOptions());
    return "account/staff/edit";
  }

  private String passwordView(StaffSummary account, Principal principal, Model model) {
    model.addAttribute("account", account);
    model.addAttribute("self", account.username().equals(principal.getName()));
    return "account/staff/password";
  }

  private List<Choice> roleOptions() {
    return Arrays.stream(StaffRole.values())
        .map(r -> new Choice(r.name(), msg("staff.role." + r.name()), Set.of()))
        .toList();
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
