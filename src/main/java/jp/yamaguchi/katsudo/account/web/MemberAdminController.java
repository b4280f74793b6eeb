package jp.yamaguchi.katsudo.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberDetail;
import jp.yamaguchi.katsudo.account.MemberKind;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.MemberStatus;
import jp.yamaguchi.katsudo.account.NewMember;
import jp.yamaguchi.katsudo.account.NewOrganisation;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.ListSorting;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 会員アカウント (管理者 only): list with filters, detail (never the password hash), create (the person sets
 * the password through a mailed link), edit, suspend and resume, delete (anonymise). Pages with
 * personal data are not cached.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MemberAdminController {

  static final String BASE = "/admin/members";
  static final int PAGE_SIZE = 20;
  private static final List<String> SORTABLE = List.of("loginId", "kind", "status", "createdAt");
  private static final List<String> ORDER =
      List.of("loginId", "email", "kind", "displayName", "organisationName", "site");

  private final MemberAccounts accounts;
  private final MessageSource messages;

  MemberAdminController(MemberAccounts accounts, MessageSource messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  @ModelAttribute
  void noStore(HttpServletRequest request, HttpServletResponse response) {
    MemberPages.noStore(request, response);
  }

  @GetMapping(BASE)
  String list(
      @ModelAttribute("filter") MemberAdminForms.Filter filter,
      @RequestParam(name = "sort", required = false) String sort,
      @RequestParam(name = "dir", required = false) String dir,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    MemberKind kind = parse(MemberKind.class, filter.getKind());
    MemberStatus status = parse(MemberStatus.class, filter.getStatus());
    filter.setKind(kind == null ? null : kind.name());
    filter.setStatus(status == null ? null : status.name());
    String loginId = blankToNull(filter.getLoginId());
    String email = blankToNull(filter.getEmail());
    ListSorting sorting = ListSorting.of(sort, dir, SORTABLE, "createdAt", false);
    Page<MemberRef> rows =
        accounts.search(
            kind,
            status,
            loginId,
            email,
            PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.toSort()));
    boolean any = kind != null || status != null || loginId != null || email != null;
    String filters =
        UriComponentsBuilder.fromPath(BASE)
                .queryParamIfPresent("kind", Optional.ofNullable(kind))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("loginId", Optional.ofNullable(loginId))
                .queryParamIfPresent("email", Optional.ofNullable(email))
                .encode()
                .build()
                .toUriString()
            + (any ? "&" : "?");
    model.addAttribute("rows", rows);
    model.addAttribute("kindOptions", kindOptions());
    model.addAttribute("statusOptions", statusOptions());
    model.addAttribute("sorting", sorting);
    model.addAttribute("sortBase", filters);
    model.addAttribute("pageBase", filters + sorting.query());
    return "account/members/list";
  }

  @GetMapping(BASE + "/{id}")
  String detail(@PathVariable("id") long id, Model model) {
    model.addAttribute("detail", accounts.detail(id));
    return "account/members/detail";
  }

  @GetMapping(BASE + "/new")
  String newForm(Model model) {
    model.addAttribute("createForm", new MemberAdminForms.Create());
    return createView(model);
  }

  @PostMapping(BASE + "/new")
  String create(
      @ModelAttribute("createForm") MemberAdminForms.Create form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) return createView(result, model);
    MemberRef created;
    try {
      NewOrganisation org =
          form.getKind() != null && form.getKind().actsForOrganisation()
              ? new NewOrganisation(null, form.getOrganisationName(), null, null, null, null)
              : null;
      created =
          accounts.createByStaff(
              new NewMember(
                  form.getLoginId(),
                  form.getEmail(),
                  null,
                  form.getKind(),
                  form.getDisplayName(),
                  null,
                  org),
              form.getSite() == null ? Site.SUPERNET : form.getSite());
    } catch (BusinessException e) {
      FormErrors.reject(result, e, MemberPages.FIELDS);
      return createView(result, model);
    }
    redirect.addFlashAttribute("success", msg("members.created", created.loginId()));
    return "redirect:" + BASE + "/" + created.id();
  }

  @GetMapping(BASE + "/{id}/edit")
  String editForm(@PathVariable("id") long id, Model model) {
    MemberDetail detail = accounts.detail(id);
    model.addAttribute("editForm", MemberAdminForms.Edit.of(detail));
    return editView(detail, model);
  }

  @PostMapping(BASE + "/{id}/edit")
  String edit(
      @PathVariable("id") long id,
      @ModelAttribute("editForm") MemberAdminForms.Edit form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    MemberDetail detail = accounts.detail(id);
    if (!result.hasErrors()) {
      try {
        accounts.update(
            id,
            form.getDisplayName(),
            form.getKind(),
            form.getOrganisationName(),
            form.getEmail(),
            form.getSite() == null ? Site.SUPERNET : form.getSite());
      } catch (BusinessException e) {
        FormErrors.reject(result, e, MemberPages.FIELDS);
      }
    }
    if (result.hasErrors()) {
      FormErrors.order(result, model, ORDER);
      return editView(detail, model);
    }
    redirect.addFlashAttribute("success", msg("members.saved", detail.account().loginId()));
    return "redirect:" + BASE + "/" + id;
  }

  @PostMapping(BASE + "/{id}/suspend")
  String suspend(@PathVariable("id") long id, RedirectAttributes redirect) {
    accounts.suspend(id);
    redirect.addFlashAttribute("success", msg("members.suspended"));
    return "redirect:" + BASE + "/" + id;
  }

  @PostMapping(BASE + "/{id}/resume")
  String resume(@PathVariable("id") long id, RedirectAttributes redirect) {
    accounts.resume(id);
    redirect.addFlashAttribute("success", msg("members.resumed"));
    return "redirect:" + BASE + "/" + id;
  }

  @GetMapping(BASE + "/{id}/delete")
  String confirmDelete(@PathVariable("id") long id, Model model) {
    model.addAttribute("detail", accounts.detail(id));
    return "account/members/delete";
  }

  @PostMapping(BASE + "/{id}/delete")
  String delete(@PathVariable("id") long id, RedirectAttributes redirect) {
    accounts.deleteByStaff(id);
    redirect.addFlashAttribute("success", msg("members.deleted"));
    return "redirect:" + BASE;
  }

  private String createView(BindingResult result, Model model) {
    FormErrors.order(result, model, ORDER);
    return createView(model);
  }

  private String createView(Model model) {
    model.addAttribute("kindOptions", kindOptions());
    model.addAttribute("siteOptions", siteOptions());
    return "account/members/create";
  }

  private String editView(MemberDetail detail, Model model) {
    model.addAttribute("detail", detail);
    model.addAttribute("kindOptions", kindOptions());
    model.addAttribute("siteOptions", siteOptions());
    return "account/members/edit";
  }

  private List<Choice> kindOptions() {
    return Arrays.stream(MemberKind.values())
        .map(k -> new Choice(k.name(), msg(k.messageKey()), Set.of()))
        .toList();
  }

  private List<Choice> statusOptions() {
    return Arrays.stream(MemberStatus.values())
        .map(s -> new Choice(s.name(), msg(s.messageKey()), Set.of()))
        .toList();
  }

  private List<Choice> siteOptions() {
    return Arrays.stream(Site.values())
        .map(s -> new Choice(s.name(), msg("site." + s.key() + ".name"), Set.of()))
        .toList();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null) return null;
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(value))
        .findFirst()
        .orElse(null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
