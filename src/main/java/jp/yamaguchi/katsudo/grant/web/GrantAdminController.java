package jp.yamaguchi.katsudo.grant.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
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
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import jp.yamaguchi.katsudo.grant.domain.GrantCalendarDays;
import jp.yamaguchi.katsudo.grant.domain.GrantEditing;
import jp.yamaguchi.katsudo.grant.domain.Origin;
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

/**
 * The staff's grant screens under {@code /admin/grants}: list with filters, create, edit (with
 * attachments), copy, review with history, delete. Any staff member may use them.
 */
@Controller
@RequestMapping("/admin/grants")
class GrantAdminController {

  /** Business errors that belong to one field of the form (longest prefix wins). */
  static final Map<String, String> FIELD_OF =
      Map.ofEntries(
          Map.entry("e.grant.organizer", "organizer"),
          Map.entry("e.grant.title", "title"),
          Map.entry("e.grant.fields", "fields"),
          Map.entry("e.grant.area", "area"),
          Map.entry("e.grant.amountMax", "amountMax"),
          Map.entry("e.grant.periodTo", "periodTo"),
          Map.entry("e.grant.period.order", "periodTo"),
          Map.entry("e.grant.url", "url"),
          Map.entry("e.grant.attachments", "upload"));

  private final GrantEditing editing;
  private final ReviewHistory history;
  private final ReviewSchedule schedule;
  private final GrantAttachments attachments;
  private final GrantLabels labels;
  private final GrantCalendarDays days;
  private final MessageSource messages;

  GrantAdminController(
      GrantEditing editing,
      ReviewHistory history,
      ReviewSchedule schedule,
      GrantAttachments attachments,
      GrantLabels labels,
      GrantCalendarDays days,
      MessageSource messages) {
    this.editing = editing;
    this.history = history;
    this.schedule = schedule;
    this.attachments = attachments;
    this.labels = labels;
    this.days = days;
    this.messages = messages;
  }

  @GetMapping
  String list(@ModelAttribute("filter") GrantFilter filter, BindingResult binding, Model model) {
    if (binding.hasErrors()) return "redirect:/admin/grants";
    model.addAttribute("page", editing.search(filter.search(), filter.getPage()));
    model.addAttribute("sorting", filter.sorting());
    model.addAttribute("sortBase", filter.filterBase());
    model.addAttribute("pageBase", filter.pageBase());
    options(model);
    return "grant/admin/list";
  }

  @GetMapping("/new")
  String newForm(@RequestParam(required = false) Long copyOf, Model model) {
    GrantForm form = new GrantForm();
    if (copyOf != null) {
      Grant source = editing.get(copyOf);
      form = GrantForm.of(source);
      form.setVersion(null);
      model.addAttribute("copiedFrom", source);
    }
    model.addAttribute("form", form);
    return createPage(form, model);
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") GrantForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    labels.checkChoices(form, binding);
    boolean stored = attachments.apply(form, binding);
    if (binding.hasErrors() || !stored) return createPage(form, model);
    Grant grant;
    try {
      grant = editing.create(form.content(), user.getName());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, FIELD_OF);
      return createPage(form, model);
    }
    redirect.addFlashAttribute("success", msg("grant.admin.created"));
    return "redirect:/admin/grants/" + grant.getId();
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    Grant grant = editing.get(id);
    GrantForm form = GrantForm.of(grant);
    model.addAttribute("form", form);
    model.addAttribute("reviewForm", new ReviewActionForm());
    return editPage(grant, form, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") GrantForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    Grant grant = editing.get(id);
    model.addAttribute("reviewForm", new ReviewActionForm());
    labels.checkChoices(form, binding);
    boolean stored = attachments.apply(form, binding);
    if (binding.hasErrors() || !stored) return editPage(grant, form, model);
    try {
      editing.update(
          id, form.getVersion() == null ? -1 : form.getVersion(), form.content(), user.getName());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, FIELD_OF);
      if ("e.grant.conflict".equals(e.messageId())) form.setVersion(grant.getVersion());
      return editPage(grant, form, model);
    } catch (ObjectOptimisticLockingFailureException e) {
      Grant latest = editing.get(id);
      binding.reject("e.grant.conflict");
      form.setVersion(latest.getVersion());
      return editPage(latest, form, model);
    }
    redirect.addFlashAttribute("success", msg("grant.admin.saved"));
    return "redirect:/admin/grants/" + id;
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
      return "redirect:/admin/grants/" + id;
    }
    try {
      editing.review(id, reviewForm.getVersion(), action, reviewForm.getReason(), user.getName());
    } catch (BusinessException e) {
      if (e.messageId().startsWith("e.review.reason")) {
        binding.rejectValue("reason", e.messageId(), e.arguments(), null);
        Grant grant = editing.get(id);
        GrantForm form = GrantForm.of(grant);
        model.addAttribute("form", form);
        return editPage(grant, form, model);
      }
      redirect.addFlashAttribute("error", msg(e.messageId(), e.arguments()));
      return "redirect:/admin/grants/" + id;
    } catch (ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", msg("e.review.conflict"));
      return "redirect:/admin/grants/" + id;
    }
    redirect.addFlashAttribute("success", msg(action.doneMessageKey()));
    return "redirect:/admin/grants/" + id;
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
    Grant grant = editing.get(id);
    if (!binding.hasErrors()) {
      try {
        schedule.set(
            Grant.CONTENT_TYPE,
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
        return "redirect:/admin/grants/" + id;
      } catch (BusinessException e) {
        binding.rejectValue(
            e.messageId().startsWith("e.schedule.publishAt") ? "publishAt" : "unpublishAt",
            e.messageId(),
            e.arguments(),
            null);
      }
    }
    GrantForm form = GrantForm.of(grant);
    model.addAttribute("form", form);
    model.addAttribute("reviewForm", new ReviewActionForm());
    return editPage(grant, form, model);
  }

  @GetMapping("/{id}/delete")
  String confirmDelete(@PathVariable long id, Model model) {
    model.addAttribute("item", editing.get(id));
    return "grant/admin/delete";
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    Grant grant = editing.get(id);
    editing.delete(id);
    schedule.clear(Grant.CONTENT_TYPE, id);
    redirect.addFlashAttribute("success", msg("grant.admin.deleted", grant.getTitle()));
    return "redirect:/admin/grants";
  }

  private String createPage(GrantForm form, Model model) {
    BindingResult binding = binding(model);
    if (binding != null) FormErrors.order(binding, model, GrantForm.FIELDS);
    options(model);
    model.addAttribute("attachments", attachments.of(form.getAttachmentIds()));
    return "grant/admin/form";
  }

  private String editPage(Grant grant, GrantForm form, Model model) {
    createPage(form, model);
    model.addAttribute("item", grant);
    model.addAttribute("status", days.status(grant));
    model.addAttribute("history", history.of(grant));
    ReviewSchedule.Plan plan = schedule.planOf(Grant.CONTENT_TYPE, grant.getId());
    model.addAttribute("schedulePlan", plan);
    if (!model.containsAttribute("scheduleForm")) {
      model.addAttribute("scheduleForm", ReviewScheduleForm.of(plan));
    }
    return "grant/admin/form";
  }

  private static BindingResult binding(Model model) {
    return (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
  }

  private void options(Model model) {
    model.addAttribute("fieldOptions", labels.fieldChoices());
    model.addAttribute("areaOptions", labels.areaChoices());
    model.addAttribute(
        "stateOptions",
        Arrays.stream(ReviewState.values())
            .map(s -> new Choice(s.name(), msg(s.messageKey()), Set.of()))
            .toList());
    model.addAttribute(
        "originOptions",
        Arrays.stream(Origin.values())
            .map(o -> new Choice(o.name(), msg("grant.origin." + o.name()), Set.of()))
            .toList());
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
