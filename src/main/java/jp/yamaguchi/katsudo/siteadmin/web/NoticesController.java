package jp.yamaguchi.katsudo.siteadmin.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.notice.EmergencyNotice;
import jp.yamaguchi.katsudo.core.notice.EmergencyNotices;
import jp.yamaguchi.katsudo.core.notice.NoticeState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.ListSorting;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/** 緊急のお知らせ: the notices shown at the top of every page of a site (編集者 and 管理者). */
@Controller
class NoticesController {

  static final String BASE = "/admin/notices";

  /** The form's fields from top to bottom: the order of the error summary. */
  private static final List<String> ORDER = List.of("site", "title", "body", "startsAt", "endsAt");

  static final int PAGE_SIZE = 20;
  private static final List<String> SORTABLE = List.of("startsAt", "endsAt", "title", "site");
  private static final Map<String, String> FIELDS =
      Map.of(
          "e.notice.site", "site",
          "e.notice.title", "title",
          "e.notice.body", "body",
          "e.notice.startsAt", "startsAt",
          "e.notice.endsAt", "endsAt");

  private final EmergencyNotices notices;
  private final MessageSource messages;

  NoticesController(EmergencyNotices notices, MessageSource messages) {
    this.notices = notices;
    this.messages = messages;
  }

  @InitBinder("form")
  void trim(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  /** A row of the list, with the notice's state right now. */
  record Row(EmergencyNotice notice, NoticeState state) {}

  @GetMapping(BASE)
  String list(
      @ModelAttribute("filter") NoticeFilter filter,
      @RequestParam(name = "sort", required = false) String sort,
      @RequestParam(name = "dir", required = false) String dir,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    Site site = parse(Site.class, filter.getSite());
    NoticeState state = parse(NoticeState.class, filter.getState());
    filter.setSite(site == null ? null : site.name());
    filter.setState(state == null ? null : state.name());
    ListSorting sorting = ListSorting.of(sort, dir, SORTABLE, "startsAt", false);
    Page<EmergencyNotice> result =
        notices.search(site, state, PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.toSort()));
    Instant now = notices.now();
    String filters =
        UriComponentsBuilder.fromPath(BASE)
                .queryParamIfPresent("site", java.util.Optional.ofNullable(site))
                .queryParamIfPresent("state", java.util.Optional.ofNullable(state))
                .build()
                .toUriString()
            + (site == null && state == null ? "?" : "&");
    model.addAttribute("rows", result.map(n -> new Row(n, n.stateAt(now))));
    model.addAttribute("siteOptions", siteOptions());
    model.addAttribute(
        "stateOptions",
        Arrays.stream(NoticeState.values())
            .map(st -> new Choice(st.name(), msg("settings.notices.state." + st.name()), Set.of()))
            .toList());
    model.addAttribute("sorting", sorting);
    model.addAttribute("sortBase", filters);
    model.addAttribute("pageBase", filters + sorting.query());
    return "siteadmin/notices/list";
  }

  @GetMapping(BASE + "/new")
  String newForm(Model model) {
    var form = new NoticeForm();
    form.setStartsAt(NoticeForm.local(notices.now()));
    model.addAttribute("form", form);
    return formView(null, model);
  }

  @PostMapping(BASE + "/new")
  String create(
      @Valid @ModelAttribute("form") NoticeForm form,
      BindingResult result,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    return save(null, form, result, principal, model, redirect);
  }

  @GetMapping(BASE + "/{id}/edit")
  String editForm(@PathVariable("id") long id, Model model) {
    EmergencyNotice notice = notices.get(id);
    model.addAttribute("form", NoticeForm.of(notice));
    return formView(notice, model);
  }

  @PostMapping(BASE + "/{id}/edit")
  String update(
      @PathVariable("id") long id,
      @Valid @ModelAttribute("form") NoticeForm form,
      BindingResult result,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    notices.get(id);
    return save(id, form, result, principal, model, redirect);
  }

  private String save(
      Long id,
      NoticeForm form,
      BindingResult result,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    if (form.endsNotAfterStart() && !result.hasFieldErrors("endsAt")) {
      result.rejectValue("endsAt", "e.notice.endsAt.beforeStart");
    }
    if (result.hasErrors()) {
      FormErrors.order(result, model, ORDER);
      return formView(id == null ? null : notices.get(id), model);
    }
    try {
      notices.save(
          id,
          form.getSite(),
          form.getTitle(),
          form.getBody(),
          NoticeForm.instant(form.getStartsAt()),
          NoticeForm.instant(form.getEndsAt()),
          principal.getName());
    } catch (BusinessException e) {
      FormErrors.reject(result, e, FIELDS);
      FormErrors.order(result, model, ORDER);
      return formView(id == null ? null : notices.get(id), model);
    }
    redirect.addFlashAttribute(
        "success",
        msg(id == null ? "settings.notices.created" : "settings.notices.saved", form.getTitle()));
    return "redirect:" + BASE;
  }

  @GetMapping(BASE + "/{id}/delete")
  String confirmDelete(@PathVariable("id") long id, Model model) {
    EmergencyNotice notice = notices.get(id);
    model.addAttribute("notice", notice);
    model.addAttribute("state", notice.stateAt(notices.now()));
    return "siteadmin/notices/delete";
  }

  @PostMapping(BASE + "/{id}/delete")
  String delete(@PathVariable("id") long id, RedirectAttributes redirect) {
    EmergencyNotice notice = notices.get(id);
    notices.delete(id);
    redirect.addFlashAttribute("success", msg("settings.notices.deleted", notice.getTitle()));
    return "redirect:" + BASE;
  }

  private String formView(EmergencyNotice notice, Model model) {
    model.addAttribute("notice", notice);
    model.addAttribute("siteOptions", siteOptions());
    return "siteadmin/notices/form";
  }

  private List<Choice> siteOptions() {
    return Arrays.stream(Site.values())
        .map(s -> new Choice(s.name(), msg("site." + s.key() + ".name"), Set.of()))
        .toList();
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) return null;
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
