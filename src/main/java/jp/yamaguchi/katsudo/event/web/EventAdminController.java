package jp.yamaguchi.katsudo.event.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewActionForm;
import jp.yamaguchi.katsudo.core.review.ReviewHistory;
import jp.yamaguchi.katsudo.core.review.ReviewSchedule;
import jp.yamaguchi.katsudo.core.review.ReviewScheduleForm;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.ListSorting;
import jp.yamaguchi.katsudo.core.web.ShellModelAdvice;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import jp.yamaguchi.katsudo.event.domain.EventSearch;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff's event screens under {@code /admin/events}: list with filters, create, edit, copy,
 * review, preview, history and delete. Any staff member may use them; the rules are in {@link
 * EventEditing}.
 */
@Controller
@RequestMapping("/admin/events")
class EventAdminController {

  /** Business errors that belong to one field of the form (longest prefix wins). */
  static final Map<String, String> FIELD_OF =
      Map.ofEntries(
          Map.entry("e.event.kind", "kind"),
          Map.entry("e.event.title", "title"),
          Map.entry("e.event.organiser", "organiser"),
          Map.entry("e.event.startDate", "startDate"),
          Map.entry("e.event.startTime", "startTime"),
          Map.entry("e.event.endDate", "endDate"),
          Map.entry("e.event.endTime", "endTime"),
          Map.entry("e.event.dateText", "dateText"),
          Map.entry("e.event.venue", "venue"),
          Map.entry("e.event.purpose", "purpose"),
          Map.entry("e.event.body", "body"),
          Map.entry("e.event.fields", "fields"),
          Map.entry("e.event.targetArea", "targetArea"),
          Map.entry("e.event.municipalities", "municipalities"),
          Map.entry("e.event.fee", "fee"),
          Map.entry("e.event.audience", "audience"),
          Map.entry("e.event.applyTo", "applyTo"),
          Map.entry("e.event.applyMethod", "applyMethod"),
          Map.entry("e.event.contact", "contact"),
          Map.entry("e.event.cosponsors", "cosponsors"),
          Map.entry("e.event.url", "url"),
          Map.entry("e.event.attachments", "files"));

  private final EventEditing editing;
  private final ReviewHistory history;
  private final ReviewSchedule schedule;
  private final EventOptions options;
  private final EventAttachments attachments;
  private final MessageSource messages;
  private final ShellModelAdvice shell;

  EventAdminController(
      EventEditing editing,
      ReviewHistory history,
      ReviewSchedule schedule,
      EventOptions options,
      EventAttachments attachments,
      MessageSource messages,
      ShellModelAdvice shell) {
    this.editing = editing;
    this.history = history;
    this.schedule = schedule;
    this.options = options;
    this.attachments = attachments;
    this.messages = messages;
    this.shell = shell;
  }

  /** The admin list's query parameters. */
  public static class Filter extends EventQuery {
    private ReviewState state;
    private boolean unconfirmed;
    private String sort;
    private String dir;

    ListSorting sorting() {
      return ListSorting.of(sort, dir, EventSearch.SORTABLE, EventSearch.BY_UPDATED, false);
    }

    String filterBase() {
      var b = UriComponentsBuilder.fromPath("/admin/events");
      String qs = queryString();
      String url = b.toUriString() + qs;
      if (state != null) url += (url.contains("?") ? "&" : "?") + "state=" + state.name();
      if (unconfirmed) url += (url.contains("?") ? "&" : "?") + "unconfirmed=true";
      return url + (url.contains("?") ? "&" : "?");
    }

    public ReviewState getState() {
      return state;
    }

    public void setState(ReviewState state) {
      this.state = state;
    }

    public boolean isUnconfirmed() {
      return unconfirmed;
    }

    public void setUnconfirmed(boolean unconfirmed) {
      this.unconfirmed = unconfirmed;
    }

    public String getSort() {
      return sort;
    }

    public void setSort(String sort) {
      this.sort = sort;
    }

    public String getDir() {
      return dir;
    }

    public void setDir(String dir) {
      this.dir = dir;
    }
  }

  @GetMapping
  String list(@ModelAttribute("filter") Filter filter, BindingResult binding, Model model) {
    if (binding.hasErrors()) return "redirect:/admin/events";
    ListSorting sorting = filter.sorting();
    model.addAttribute(
        "page",
        editing.search(
            filter.search(),
            filter.getState(),
            filter.isUnconfirmed(),
            sorting.property(),
            sorting.ascending(),
            filter.getPage()));
    model.addAttribute("sorting", sorting);
    model.addAttribute("sortBase", filter.filterBase());
    model.addAttribute("pageBase", filter.filterBase() + sorting.query());
    options.addTo(model);
    model.addAttribute(
        "stateOptions",
        Arrays.stream(ReviewState.values())
            .map(s -> new Choice(s.name(), msg(s.messageKey()), Set.of()))
            .toList());
    return "event/admin/list";
  }

  @GetMapping("/new")
  String newForm(@RequestParam(required = false) Long copyOf, Model model) {
    EventForm form = new EventForm();
    if (copyOf != null) {
      EventItem source = editing.get(copyOf);
      EventForm.fill(form, source);
      form.setVersion(null);
      model.addAttribute("copiedFrom", source);
    }
    model.addAttribute("eventForm", form);
    return formPage(null, model);
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("eventForm") EventForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    boolean stored = attachments.store(form, binding);
    if (!stored || binding.hasErrors()) return formPage(null, model);
    EventItem item;
    try {
      item = editing.create(form.content(), user.getName());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, FIELD_OF);
      return formPage(null, model);
    }
    redirect.addFlashAttribute("success", msg("event.admin.created"));
    return "redirect:/admin/events/" + item.getId();
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    EventItem item = editing.get(id);
    model.addAttribute("eventForm", EventForm.fill(new EventForm(), item));
    return formPage(item, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("eventForm") EventForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    EventItem item = editing.get(id);
    boolean stored = attachments.store(form, binding);
    if (!stored || binding.hasErrors()) return formPage(item, model);
    try {
      editing.update(
          id, form.getVersion() == null ? -1 : form.getVersion(), form.content(), user.getName());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, FIELD_OF);
      if ("e.event.conflict".equals(e.messageId())) form.setVersion(item.getVersion());
      return formPage(item, model);
    } catch (ObjectOptimisticLockingFailureException e) {
      EventItem latest = editing.get(id);
      binding.reject("e.event.conflict");
      form.setVersion(latest.getVersion());
      return formPage(latest, model);
    }
    redirect.addFlashAttribute("success", msg("event.admin.saved"));
    return "redirect:/admin/events/" + id;
  }

  @PostMapping("/{id}/review")
  String review(
      @PathVariable long id,
      @ModelAttribute("reviewForm") ReviewActionForm reviewForm,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    ReviewAction action = reviewForm.getAction();
    if (binding.hasErrors() || action == null) {
      redirect.addFlashAttribute("error", msg("e.review.action.required"));
      return "redirect:/admin/events/" + id;
    }
    try {
      editing.review(id, reviewForm.getVersion(), action, reviewForm.getReason(), user.getName());
    } catch (BusinessException e) {
      if (e.messageId().startsWith("e.review.reason")) {
        binding.rejectValue("reason", e.messageId(), e.arguments(), null);
        EventItem item = editing.get(id);
        model.addAttribute("eventForm", EventForm.fill(new EventForm(), item));
        return formPage(item, model);
      }
      redirect.addFlashAttribute("error", msg(e.messageId(), e.arguments()));
      return "redirect:/admin/events/" + id;
    } catch (ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", msg("e.review.conflict"));
      return "redirect:/admin/events/" + id;
    }
    redirect.addFlashAttribute("success", msg(action.doneMessageKey()));
    return "redirect:/admin/events/" + id;
  }

  /** Sets or clears 公開予定日時 and 公開終了日時 ({@link ReviewSchedule}). */
  @PostMapping("/{id}/schedule")
  String schedule(
      @PathVariable long id,
      @ModelAttribute("scheduleForm") ReviewScheduleForm scheduleForm,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    EventItem item = editing.get(id);
    if (!binding.hasErrors()) {
      try {
        schedule.set(
            EventItem.CONTENT_TYPE,
            id,
            scheduleForm.publishInstant(),
            scheduleForm.unpublishInstant(),
            user.getName());
        redirect.addFlashAttribute(
            "success",
            msg(
                scheduleForm.getPublishAt() == null && scheduleForm.getUnpublishAt() == null
                    ? "schedule.cleared"
                    : "schedule.saved"));
        return "redirect:/admin/events/" + id;
      } catch (BusinessException e) {
        binding.rejectValue(
            e.messageId().startsWith("e.schedule.publishAt") ? "publishAt" : "unpublishAt",
            e.messageId(),
            e.arguments(),
            null);
      }
    }
    model.addAttribute("eventForm", EventForm.fill(new EventForm(), item));
    return formPage(item, model);
  }

  /** The event as the public would see it, in Supernet's shell, marked as a preview. */
  @GetMapping("/{id}/preview")
  String preview(
      @PathVariable long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    EventItem item = editing.get(id);
    model.addAttribute("shell", shell.shellFor(item.publicPath(), request));
    model.addAttribute("item", item);
    model.addAttribute("preview", true);
    model.addAttribute("archived", false);
    model.addAttribute("attachments", attachments.of(item.getAttachmentIds()));
    model.addAttribute("organiserPath", null);
    model.addAttribute("jsonLd", null);
    model.addAttribute("breadcrumbs", List.of(new Crumb(msg("event.list.title"), "/events")));
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    return "event/detail";
  }

  @GetMapping("/{id}/delete")
  String confirmDelete(@PathVariable long id, Model model) {
    model.addAttribute("item", editing.get(id));
    return "event/admin/delete";
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    EventItem item = editing.get(id);
    editing.delete(id);
    schedule.clear(EventItem.CONTENT_TYPE, id);
    redirect.addFlashAttribute("success", msg("event.admin.deleted", item.getTitle()));
    return "redirect:/admin/events";
  }

  private String formPage(EventItem item, Model model) {
    if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "eventForm")
        instanceof BindingResult b) {
      FormErrors.order(b, model, EventForm.FIELDS);
    }
    if (!model.containsAttribute("reviewForm")) {
      model.addAttribute("reviewForm", new ReviewActionForm());
    }
    options.addTo(model);
    if (model.getAttribute("eventForm") instanceof EventForm f) {
      model.addAttribute("storedFiles", attachments.of(f.getAttachmentIds()));
    }
    model.addAttribute("item", item);
    if (item != null) {
      model.addAttribute("history", history.of(item));
      ReviewSchedule.Plan plan = schedule.planOf(EventItem.CONTENT_TYPE, item.getId());
      model.addAttribute("schedulePlan", plan);
      if (!model.containsAttribute("scheduleForm")) {
        model.addAttribute("scheduleForm", ReviewScheduleForm.of(plan));
      }
    }
    return "event/admin/form";
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
