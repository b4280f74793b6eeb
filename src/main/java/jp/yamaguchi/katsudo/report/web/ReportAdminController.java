package jp.yamaguchi.katsudo.report.web;

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
import jp.yamaguchi.katsudo.report.domain.ActivityReport;
import jp.yamaguchi.katsudo.report.domain.ReportEditing;
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
 * The staff's report screens under {@code /admin/reports}: list with filters, create, edit (with
 * photos), copy, review with history, delete. Any staff member may use them.
 */
@Controller
@RequestMapping("/admin/reports")
class ReportAdminController {

  /** Business errors that belong to one field of the form (longest prefix wins). */
  static final Map<String, String> FIELD_OF =
      Map.of(
          "e.report.title", "title",
          "e.report.body", "body",
          "e.report.orgName", "orgName",
          "e.report.url", "url",
          "e.report.photos", "photo");

  private final ReportEditing editing;
  private final ReviewHistory history;
  private final ReviewSchedule schedule;
  private final ReportPhotos photos;
  private final MessageSource messages;

  ReportAdminController(
      ReportEditing editing,
      ReviewHistory history,
      ReviewSchedule schedule,
      ReportPhotos photos,
      MessageSource messages) {
    this.editing = editing;
    this.history = history;
    this.schedule = schedule;
    this.photos = photos;
    this.messages = messages;
  }

  @GetMapping
  String list(@ModelAttribute("filter") ReportFilter filter, BindingResult binding, Model model) {
    if (binding.hasErrors()) return "redirect:/admin/reports";
    model.addAttribute("page", editing.search(filter.search(), filter.getPage()));
    model.addAttribute("sorting", filter.sorting());
    model.addAttribute("sortBase", filter.filterBase());
    model.addAttribute("pageBase", filter.pageBase());
    options(model);
    return "report/admin/list";
  }

  @GetMapping("/new")
  String newForm(@RequestParam(required = false) Long copyOf, Model model) {
    ReportForm form = new ReportForm();
    if (copyOf != null) {
      ActivityReport source = editing.get(copyOf);
      form = ReportForm.of(source);
      form.setVersion(null);
      model.addAttribute("copiedFrom", source);
    }
    model.addAttribute("form", form);
    return createPage(form, model);
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") ReportForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    boolean stored = photos.apply(form, binding);
    if (binding.hasErrors() || !stored) return createPage(form, model);
    ActivityReport report;
    try {
      report = editing.create(form.content(), user.getName());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, FIELD_OF);
      return createPage(form, model);
    }
    redirect.addFlashAttribute("success", msg("report.admin.created"));
    return "redirect:/admin/reports/" + report.getId();
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    ActivityReport report = editing.get(id);
    ReportForm form = ReportForm.of(report);
    model.addAttribute("form", form);
    model.addAttribute("reviewForm", new ReviewActionForm());
    return editPage(report, form, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ReportForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    ActivityReport report = editing.get(id);
    model.addAttribute("reviewForm", new ReviewActionForm());
    boolean stored = photos.apply(form, binding);
    if (binding.hasErrors() || !stored) return editPage(report, form, model);
    try {
      editing.update(
          id, form.getVersion() == null ? -1 : form.getVersion(), form.content(), user.getName());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, FIELD_OF);
      if ("e.report.conflict".equals(e.messageId())) form.setVersion(report.getVersion());
      return editPage(report, form, model);
    } catch (ObjectOptimisticLockingFailureException e) {
      ActivityReport latest = editing.get(id);
      binding.reject("e.report.conflict");
      form.setVersion(latest.getVersion());
      return editPage(latest, form, model);
    }
    redirect.addFlashAttribute("success", msg("report.admin.saved"));
    return "redirect:/admin/reports/" + id;
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
      return "redirect:/admin/reports/" + id;
    }
    try {
      editing.review(id, reviewForm.getVersion(), action, reviewForm.getReason(), user.getName());
    } catch (BusinessException e) {
      if (e.messageId().startsWith("e.review.reason")) {
        binding.rejectValue("reason", e.messageId(), e.arguments(), null);
        ActivityReport report = editing.get(id);
        ReportForm form = ReportForm.of(report);
        model.addAttribute("form", form);
        return editPage(report, form, model);
      }
      redirect.addFlashAttribute("error", msg(e.messageId(), e.arguments()));
      return "redirect:/admin/reports/" + id;
    } catch (ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", msg("e.review.conflict"));
      return "redirect:/admin/reports/" + id;
    }
    redirect.addFlashAttribute("success", msg(action.doneMessageKey()));
    return "redirect:/admin/reports/" + id;
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
    ActivityReport report = editing.get(id);
    if (!binding.hasErrors()) {
      try {
        schedule.set(
            ActivityReport.CONTENT_TYPE,
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
        return "redirect:/admin/reports/" + id;
      } catch (BusinessException e) {
        binding.rejectValue(
            e.messageId().startsWith("e.schedule.publishAt") ? "publishAt" : "unpublishAt",
            e.messageId(),
            e.arguments(),
            null);
      }
    }
    ReportForm form = ReportForm.of(report);
    model.addAttribute("form", form);
    model.addAttribute("reviewForm", new ReviewActionForm());
    return editPage(report, form, model);
  }

  @GetMapping("/{id}/delete")
  String confirmDelete(@PathVariable long id, Model model) {
    model.addAttribute("item", editing.get(id));
    return "report/admin/delete";
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    ActivityReport report = editing.get(id);
    editing.delete(id);
    schedule.clear(ActivityReport.CONTENT_TYPE, id);
    redirect.addFlashAttribute("success", msg("report.admin.deleted", report.getTitle()));
    return "redirect:/admin/reports";
  }

  private String createPage(ReportForm form, Model model) {
    BindingResult binding = binding(model);
    if (binding != null) FormErrors.order(binding, model, ReportForm.FIELDS);
    options(model);
    model.addAttribute("photos", photos.of(form.getPhotoIds()));
    return "report/admin/form";
  }

  private String editPage(ActivityReport report, ReportForm form, Model model) {
    createPage(form, model);
    model.addAttribute("item", report);
    model.addAttribute("history", history.of(report));
    ReviewSchedule.Plan plan = schedule.planOf(ActivityReport.CONTENT_TYPE, report.getId());
    model.addAttribute("schedulePlan", plan);
    if (!model.containsAttribute("scheduleForm")) {
      model.addAttribute("scheduleForm", ReviewScheduleForm.of(plan));
    }
    return "report/admin/form";
  }

  private static BindingResult binding(Model model) {
    return (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
  }

  private void options(Model model) {
    model.addAttribute(
        "stateOptions",
        Arrays.stream(ReviewState.values())
            .map(s -> new Choice(s.name(), msg(s.messageKey()), Set.of()))
            .toList());
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
