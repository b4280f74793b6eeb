package jp.yamaguchi.katsudo.news.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
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
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.ShellModelAdvice;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
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
 * The staff's news screens under {@code /admin/news}: list, create, edit, review, preview, copy and
 * delete. Any staff member (編集者 or 管理者) may use them; the rules are in {@link NewsEditing}.
 */
@Controller
@RequestMapping("/admin/news")
class NewsAdminController {

  /** Business errors that belong to one field of the form. */
  private static final Map<String, String> FIELD_OF =
      Map.of(
          "e.news.kind.site", "kind",
          "e.news.title.required", "title",
          "e.news.title.tooLong", "title",
          "e.news.body.empty", "body");

  private final NewsEditing editing;
  private final ReviewHistory history;
  private final ReviewSchedule schedule;
  private final MessageSource messages;
  private final ShellModelAdvice shell;
  private final Clock clock;

  NewsAdminController(
      NewsEditing editing,
      ReviewHistory history,
      ReviewSchedule schedule,
      MessageSource messages,
      ShellModelAdvice shell,
      Clock clock) {
    this.editing = editing;
    this.history = history;
    this.schedule = schedule;
    this.messages = messages;
    this.shell = shell;
    this.clock = clock;
  }

  @GetMapping
  String list(@ModelAttribute("filter") NewsFilter filter, BindingResult binding, Model model) {
    if (binding.hasErrors()) return "redirect:/admin/news";
    model.addAttribute("page", editing.search(filter.search(), filter.getPage()));
    model.addAttribute("sorting", filter.sorting());
    model.addAttribute("sortBase", filter.filterBase());
    model.addAttribute("pageBase", filter.pageBase());
    options(model);
    return "news/admin/list";
  }

  @GetMapping("/new")
  String newForm(@RequestParam(required = false) Long copyOf, Model model) {
    NewsForm form;
    if (copyOf != null) {
      form = NewsForm.of(editing.get(copyOf));
      form.setVersion(null);
      model.addAttribute("copiedFrom", editing.get(copyOf));
    } else {
      form = new NewsForm();
      form.setSite(Site.SUPERNET);
      form.setKind(NewsKind.NEWS);
    }
    form.setPublishedOn(LocalDate.now(clock));
    model.addAttribute("form", form);
    return createPage(model);
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") NewsForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) return createPage(model);
    NewsItem item;
    try {
      item = editing.create(form.content(), user.getName());
    } catch (BusinessException e) {
      reject(binding, e);
      return createPage(model);
    }
    redirect.addFlashAttribute("success", msg("news.admin.created"));
    return "redirect:/admin/news/" + item.getId();
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    NewsItem item = editing.get(id);
    model.addAttribute("form", NewsForm.of(item));
    model.addAttribute("reviewForm", new ReviewActionForm());
    return editPage(item, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") NewsForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    NewsItem item = editing.get(id);
    model.addAttribute("reviewForm", new ReviewActionForm());
    if (binding.hasErrors()) return editPage(item, model);
    try {
      editing.update(
          id, form.getVersion() == null ? -1 : form.getVersion(), form.content(), user.getName());
    } catch (BusinessException e) {
      reject(binding, e);
      if ("e.news.conflict".equals(e.messageId())) {
        // show the conflict; a second save overwrites with what this editor typed
        form.setVersion(item.getVersion());
      }
      return editPage(item, model);
    } catch (ObjectOptimisticLockingFailureException e) {
      // someone saved at the very same moment: same answer as for an outdated form
      NewsItem latest = editing.get(id);
      binding.reject("e.news.conflict");
      form.setVersion(latest.getVersion());
      return editPage(latest, model);
    }
    redirect.addFlashAttribute("success", msg("news.admin.saved"));
    return "redirect:/admin/news/" + id;
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
      return "redirect:/admin/news/" + id;
    }
    try {
      editing.review(id, reviewForm.getVersion(), action, reviewForm.getReason(), user.getName());
    } catch (BusinessException e) {
      if (e.messageId().startsWith("e.review.reason")) {
        binding.rejectValue("reason", e.messageId(), e.arguments(), null);
        NewsItem item = editing.get(id);
        model.addAttribute("form", NewsForm.of(item));
        return editPage(item, model);
      }
      redirect.addFlashAttribute("error", msg(e.messageId(), e.arguments()));
      return "redirect:/admin/news/" + id;
    } catch (ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", msg("e.review.conflict"));
      return "redirect:/admin/news/" + id;
    }
    redirect.addFlashAttribute("success", msg(action.doneMessageKey()));
    return "redirect:/admin/news/" + id;
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
    NewsItem item = editing.get(id);
    if (!binding.hasErrors()) {
      try {
        schedule.set(
            NewsItem.CONTENT_TYPE,
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
        return "redirect:/admin/news/" + id;
      } catch (BusinessException e) {
        binding.rejectValue(
            e.messageId().startsWith("e.schedule.publishAt") ? "publishAt" : "unpublishAt",
            e.messageId(),
            e.arguments(),
            null);
      }
    }
    model.addAttribute("form", NewsForm.of(item));
    model.addAttribute("reviewForm", new ReviewActionForm());
    return editPage(item, model);
  }

  /** The item as the public would see it, in its site's shell, marked as a preview. */
  @GetMapping("/{id}/preview")
  String preview(
      @PathVariable long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    NewsItem item = editing.get(id);
    String publicPath = item.getKind().detailPath(item.getSite(), id);
    model.addAttribute("shell", shell.shellFor(publicPath, request));
    model.addAttribute("item", item);
    model.addAttribute("preview", true);
    model.addAttribute("listTitle", msg(item.getKind().messageKey()));
    model.addAttribute(
        "breadcrumbs",
        List.of(
            new Crumb(msg(item.getKind().messageKey()), item.getKind().listPath(item.getSite()))));
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    return "news/detail";
  }

  @GetMapping("/{id}/delete")
  String confirmDelete(@PathVariable long id, Model model) {
    model.addAttribute("item", editing.get(id));
    return "news/admin/delete";
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    NewsItem item = editing.get(id);
    editing.delete(id);
    schedule.clear(NewsItem.CONTENT_TYPE, id);
    redirect.addFlashAttribute("success", msg("news.admin.deleted", item.getTitle()));
    return "redirect:/admin/news";
  }

  /** The form's fields in page order, for the error summary. */
  private static final List<String> FIELDS =
      List.of("site", "kind", "title", "publishedOn", "body");

  private String createPage(Model model) {
    orderErrors(model);
    options(model);
    return "news/admin/form";
  }

  private String editPage(NewsItem item, Model model) {
    orderErrors(model);
    options(model);
    model.addAttribute("item", item);
    model.addAttribute("history", history.of(item));
    ReviewSchedule.Plan plan = schedule.planOf(NewsItem.CONTENT_TYPE, item.getId());
    model.addAttribute("schedulePlan", plan);
    if (!model.containsAttribute("scheduleForm")) {
      model.addAttribute("scheduleForm", ReviewScheduleForm.of(plan));
    }
    return "news/admin/form";
  }

  private static void orderErrors(Model model) {
    if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form") instanceof BindingResult b) {
      FormErrors.order(b, model, FIELDS);
    }
  }

  private void options(Model model) {
    model.addAttribute(
        "siteOptions",
        Arrays.stream(Site.values())
            .map(s -> new Choice(s.name(), msg("site." + s.key() + ".name"), Set.of()))
            .toList());
    model.addAttribute(
        "kindOptions",
        Arrays.stream(NewsKind.values())
            .map(k -> new Choice(k.name(), msg("news.kind.option." + k.name()), Set.of()))
            .toList());
    model.addAttribute(
        "stateOptions",
        Arrays.stream(ReviewState.values())
            .map(s -> new Choice(s.name(), msg(s.messageKey()), Set.of()))
            .toList());
  }

  /** Puts a business error on its field when it belongs to one, else at the top of the form. */
  static void reject(BindingResult binding, BusinessException e) {
    String field = FIELD_OF.get(e.messageId());
    if (field != null) {
      binding.rejectValue(field, e.messageId(), e.arguments(), null);
    } else {
      binding.reject(e.messageId(), e.arguments(), null);
    }
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
