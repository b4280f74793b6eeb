package jp.yamaguchi.katsudo.directory.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewActionForm;
import jp.yamaguchi.katsudo.core.review.ReviewHistory;
import jp.yamaguchi.katsudo.core.review.ReviewSchedule;
import jp.yamaguchi.katsudo.core.review.ReviewScheduleForm;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff review of one directory entry ({@code /admin/directory/{id}}): the full record with its
 * reference files (downloads) and the private 登録担当者, editing before publishing (the shared form
 * fields), the review actions (本登録 = 公開, 差し戻し with a reason, 非公開) and the history. The listing
 * {@code /admin/directory} belongs to the directory's admin list screens.
 */
@Controller
@RequestMapping("/admin/directory")
class DirectoryAdminController {

  private final DirectoryEntries entries;
  private final DirectoryFormValidator validator;
  private final DirectoryFormSupport support;
  private final DirectorySummary summary;
  private final ReviewHistory history;
  private final ReviewSchedule schedule;
  private final MessageSource messages;

  DirectoryAdminController(
      DirectoryEntries entries,
      DirectoryFormValidator validator,
      DirectoryFormSupport support,
      DirectorySummary summary,
      ReviewHistory history,
      ReviewSchedule schedule,
      MessageSource messages) {
    this.entries = entries;
    this.validator = validator;
    this.support = support;
    this.summary = summary;
    this.history = history;
    this.schedule = schedule;
    this.messages = messages;
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    DirectoryEntry e = entries.get(id);
    model.addAttribute("form", DirectoryForm.from(e));
    model.addAttribute("reviewForm", new ReviewActionForm());
    return page(e, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") DirectoryForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    DirectoryEntry e = entries.get(id);
    model.addAttribute("reviewForm", new ReviewActionForm());
    // the kind and the files already attached come from the entry, not from the browser
    form.setKind(e.getKind());
    DirectoryForm current = DirectoryForm.from(e);
    for (int slot = 1; slot <= DirectoryForm.SLOTS; slot++) {
      form.setFileMediaId(slot, current.fileMediaId(slot));
    }
    // agreements given at registration stay as they were
    form.setMinorsNoticeAgreed(e.isMinorsNoticeAgreed());
    form.setRequirements(List.copyOf(e.getRequirements()));
    support.applyFiles(form, binding);
    validator.validate(form, binding, false);
    if (binding.hasErrors()) return page(e, model);
    try {
      entries.update(id, form.toContent(), form.getVersion(), user.getName());
    } catch (BusinessException ex) {
      FormErrors.reject(binding, ex, java.util.Map.of());
      form.setVersion(e.getVersion());
      return page(e, model);
    } catch (ObjectOptimisticLockingFailureException ex) {
      binding.reject("e.directory.stale");
      DirectoryEntry latest = entries.get(id);
      form.setVersion(latest.getVersion());
      return page(latest, model);
    }
    redirect.addFlashAttribute("success", msg("directory.admin.saved"));
    return "redirect:/admin/directory/" + id;
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
      return "redirect:/admin/directory/" + id;
    }
    try {
      entries.review(id, reviewForm.getVersion(), action, reviewForm.getReason(), user.getName());
    } catch (BusinessException e) {
      if (e.messageId().startsWith("e.review.reason")) {
        binding.rejectValue("reason", e.messageId(), e.arguments(), null);
        DirectoryEntry entry = entries.get(id);
        model.addAttribute("form", DirectoryForm.from(entry));
        return page(entry, model);
      }
      redirect.addFlashAttribute("error", msg(e.messageId(), e.arguments()));
      return "redirect:/admin/directory/" + id;
    } catch (ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", msg("e.review.conflict"));
      return "redirect:/admin/directory/" + id;
    }
    redirect.addFlashAttribute("success", msg(action.doneMessageKey()));
    return "redirect:/admin/directory/" + id;
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
    DirectoryEntry entry = entries.get(id);
    if (!binding.hasErrors()) {
      try {
        schedule.set(
            DirectoryEntry.CONTENT_TYPE,
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
        return "redirect:/admin/directory/" + id;
      } catch (BusinessException e) {
        binding.rejectValue(
            e.messageId().startsWith("e.schedule.publishAt") ? "publishAt" : "unpublishAt",
            e.messageId(),
            e.arguments(),
            null);
      }
    }
    model.addAttribute("form", DirectoryForm.from(entry));
    model.addAttribute("reviewForm", new ReviewActionForm());
    return page(entry, model);
  }

  private String page(DirectoryEntry e, Model model) {
    DirectoryForm saved = DirectoryForm.from(e);
    model.addAttribute("item", e);
    model.addAttribute("rows", summary.rows(saved, false));
    model.addAttribute("files", support.files(saved).values());
    model.addAttribute("history", history.of(e));
    ReviewSchedule.Plan plan = schedule.planOf(DirectoryEntry.CONTENT_TYPE, e.getId());
    model.addAttribute("schedulePlan", plan);
    if (!model.containsAttribute("scheduleForm")) {
      model.addAttribute("scheduleForm", ReviewScheduleForm.of(plan));
    }
    DirectoryForm form = (DirectoryForm) model.getAttribute("form");
    support.addOptions(model, form == null ? saved : form);
    return "directory/admin/entry";
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, Locale.JAPANESE);
  }
}
