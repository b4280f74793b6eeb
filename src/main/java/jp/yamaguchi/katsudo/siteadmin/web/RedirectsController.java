package jp.yamaguchi.katsudo.siteadmin.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.redirect.LegacyRedirect;
import jp.yamaguchi.katsudo.core.redirect.LegacyRedirects;
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

/** 旧URLの転送: old paths of the previous sites and where they now live (管理者 only). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RedirectsController {

  static final String BASE = "/admin/settings/redirects";

  /** The form's fields from top to bottom: the order of the error summary. */
  private static final List<String> ORDER = List.of("oldPath", "newUrl", "note");

  static final int PAGE_SIZE = 20;
  private static final List<String> SORTABLE = List.of("oldPath", "newUrl", "hits", "createdAt");
  private static final Map<String, String> FIELDS =
      Map.of(
          "e.redirect.oldPath", "oldPath",
          "e.redirect.newUrl", "newUrl",
          "e.redirect.note", "note");

  private final LegacyRedirects redirects;
  private final MessageSource messages;

  RedirectsController(LegacyRedirects redirects, MessageSource messages) {
    this.redirects = redirects;
    this.messages = messages;
  }

  @InitBinder("form")
  void trim(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @GetMapping(BASE)
  String list(
      @ModelAttribute("filter") RedirectFilter filter,
      @RequestParam(name = "sort", required = false) String sort,
      @RequestParam(name = "dir", required = false) String dir,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    String query = filter.getQ() == null ? "" : filter.getQ().strip();
    filter.setQ(query);
    ListSorting sorting = ListSorting.of(sort, dir, SORTABLE, "oldPath", true);
    Page<LegacyRedirect> result =
        redirects.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.toSort()));
    String filters =
        UriComponentsBuilder.fromPath(BASE)
                .queryParamIfPresent("q", Optional.of(query).filter(s -> !s.isEmpty()))
                .encode()
                .build()
                .toUriString()
            + (query.isEmpty() ? "?" : "&");
    model.addAttribute("rows", result);
    model.addAttribute("sorting", sorting);
    model.addAttribute("sortBase", filters);
    model.addAttribute("pageBase", filters + sorting.query());
    return "siteadmin/redirects/list";
  }

  @GetMapping(BASE + "/new")
  String newForm(Model model) {
    model.addAttribute("form", new RedirectForm());
    return formView(null, model);
  }

  @PostMapping(BASE + "/new")
  String create(
      @Valid @ModelAttribute("form") RedirectForm form,
      BindingResult result,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      FormErrors.order(result, model, ORDER);
      return formView(null, model);
    }
    LegacyRedirect created;
    try {
      created =
          redirects.create(
              form.getOldPath(), form.getNewUrl(), form.getNote(), principal.getName());
    } catch (BusinessException e) {
      FormErrors.reject(result, e, FIELDS);
      FormErrors.order(result, model, ORDER);
      return formView(null, model);
    }
    redirect.addFlashAttribute("success", msg("settings.redirects.created", created.getOldPath()));
    return "redirect:" + BASE;
  }

  @GetMapping(BASE + "/{id}/edit")
  String editForm(@PathVariable("id") long id, Model model) {
    LegacyRedirect r = redirects.get(id);
    model.addAttribute("form", RedirectForm.of(r));
    return formView(r, model);
  }

  @PostMapping(BASE + "/{id}/edit")
  String update(
      @PathVariable("id") long id,
      @Valid @ModelAttribute("form") RedirectForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    LegacyRedirect r = redirects.get(id);
    if (result.hasErrors()) {
      FormErrors.order(result, model, ORDER);
      return formView(r, model);
    }
    LegacyRedirect saved;
    try {
      saved = redirects.update(id, form.getOldPath(), form.getNewUrl(), form.getNote());
    } catch (BusinessException e) {
      FormErrors.reject(result, e, FIELDS);
      FormErrors.order(result, model, ORDER);
      return formView(r, model);
    }
    redirect.addFlashAttribute("success", msg("settings.redirects.saved", saved.getOldPath()));
    return "redirect:" + BASE;
  }

  @GetMapping(BASE + "/{id}/delete")
  String confirmDelete(@PathVariable("id") long id, Model model) {
    model.addAttribute("entry", redirects.get(id));
    return "siteadmin/redirects/delete";
  }

  @PostMapping(BASE + "/{id}/delete")
  String delete(@PathVariable("id") long id, RedirectAttributes redirect) {
    LegacyRedirect r = redirects.get(id);
    redirects.delete(id);
    redirect.addFlashAttribute("success", msg("settings.redirects.deleted", r.getOldPath()));
    return "redirect:" + BASE;
  }

  private String formView(LegacyRedirect r, Model model) {
    model.addAttribute("entry", r);
    return "siteadmin/redirects/form";
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
