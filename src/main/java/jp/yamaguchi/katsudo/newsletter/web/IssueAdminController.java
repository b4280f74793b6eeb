package jp.yamaguchi.katsudo.newsletter.web;

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
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.ShellModelAdvice;
import jp.yamaguchi.katsudo.newsletter.domain.Issue;
import jp.yamaguchi.katsudo.newsletter.domain.IssueEditing;
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
 * The staff's back-number screens under {@code /admin/supportmail}: list, create, edit, review,
 * preview, copy and delete. Any staff member may use them.
 */
@Controller
@RequestMapping("/admin/supportmail")
class IssueAdminController {

  static final String BASE = "/admin/supportmail";
  private static final List<String> FIELDS = List.of("issueNumber", "title", "publishedOn", "body");
  private static final Map<String, String> FIELD_OF =
      Map.of(
          "e.newsletter.number", "issueNumber",
          "e.newsletter.title", "title",
          "e.newsletter.body", "body",
          "e.newsletter.publishedOn", "publishedOn");

  private final IssueEditing editing;
  private final ReviewHistory history;
  private final MessageSource messages;
  private final ShellModelAdvice shell;
  private final Clock clock;

  IssueAdminController(
      IssueEditing editing,
      ReviewHistory history,
      MessageSource messages,
      ShellModelAdvice shell,
      Clock clock) {
    this.editing = editing;
    this.history = history;
    this.messages = messages;
    this.shell = shell;
    this.clock = clock;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) ReviewState state,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("page", editing.search(state, q, page));
    model.addAttribute("state", state);
    model.addAttribute("q", q);
    var b = org.springframework.web.util.UriComponentsBuilder.fromPath(BASE);
    if (state != null) b.queryParam("state", state.name());
    if (q != null && !q.isBlank()) b.queryParam("q", q.strip());
    String url = b.encode().toUriString();
    model.addAttribute("pageBase", url + (url.contains("?") ? "&" : "?"));
    model.addAttribute(
        "stateOptions",
        Arrays.stream(ReviewState.values())
            .map(s -> new Choice(s.name(), msg(s.messageKey()), Set.of()))
            .toList());
    return "newsletter/admin/list";
  }

  @GetMapping("/new")
  String newForm(@RequestParam(required = false) Long copyOf, Model model) {
    IssueForm form = new IssueForm();
    if (copyOf != null) {
      Issue source = editing.get(copyOf);
      form = IssueForm.of(source);
      form.setVersion(null);
      model.addAttribute("copiedFrom", source);
    }
    form.setIssueNumber(String.valueOf(editing.nextNumber()));
    form.setPublishedOn(LocalDate.now(clock));
    model.addAttribute("form", form);
    return "newsletter/admin/form";
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") IssueForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    if (checkNumber(form, binding) || binding.hasErrors()) return formPage(null, model);
    Issue issue;
    try {
      issue = editing.create(form.content(), user.getName());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, FIELD_OF);
      return formPage(null, model);
    }
    redirect.addFlashAttribute("success", msg("newsletter.admin.created"));
    return "redirect:" + BASE + "/" + issue.getId();
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    Issue issue = editing.get(id);
    model.addAttribute("form", IssueForm.of(issue));
    return formPage(issue, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") IssueForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    Issue issue = editing.get(id);
    if (checkNumber(form, binding) || binding.hasErrors()) return formPage(issue, model);
    try {
      editing.update(
          id, form.getVersion() == null ? -1 : form.getVersion(), form.content(), user.getName());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, FIELD_OF);
      if ("e.newsletter.conflict".equals(e.messageId())) form.setVersion(issue.getVersion());
      return formPage(issue, model);
    } catch (ObjectOptimisticLockingFailureException e) {
      Issue latest = editing.get(id);
      binding.reject("e.newsletter.conflict");
      form.setVersion(latest.getVersion());
      return formPage(latest, model);
    }
    redirect.addFlashAttribute("success", msg("newsletter.admin.saved"));
    return "redirect:" + BASE + "/" + id;
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
      return "redirect:" + BASE + "/" + id;
    }
    try {
      editing.review(id, reviewForm.getVersion(), action, reviewForm.getReason(), user.getName());
    } catch (BusinessException e) {
      if (e.messageId().startsWith("e.review.reason")) {
        binding.rejectValue("reason", e.messageId(), e.arguments(), null);
        Issue issue = editing.get(id);
        model.addAttribute("form", IssueForm.of(issue));
        return formPage(issue, model);
      }
      redirect.addFlashAttribute("error", msg(e.messageId(), e.arguments()));
      return "redirect:" + BASE + "/" + id;
    } catch (ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", msg("e.review.conflict"));
      return "redirect:" + BASE + "/" + id;
    }
    redirect.addFlashAttribute("success", msg(action.doneMessageKey()));
    return "redirect:" + BASE + "/" + id;
  }

  /** The issue as the public would see it, marked as a preview. */
  @GetMapping("/{id}/preview")
  String preview(
      @PathVariable long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Issue issue = editing.get(id);
    model.addAttribute("shell", shell.shellFor(issue.publicPath(), request));
    model.addAttribute("issue", issue);
    model.addAttribute("preview", true);
    model.addAttribute(
        "breadcrumbs",
        List.of(new Crumb(msg("newsletter.public.title"), IssuePublicController.LIST)));
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    return "newsletter/detail";
  }

  @GetMapping("/{id}/delete")
  String confirmDelete(@PathVariable long id, Model model) {
    model.addAttribute("issue", editing.get(id));
    return "newsletter/admin/delete";
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    Issue issue = editing.get(id);
    editing.delete(id);
    redirect.addFlashAttribute("success", msg("newsletter.admin.deleted", issue.getTitle()));
    return "redirect:" + BASE;
  }

  /** A number that is not a whole number is an error of its own (the service never sees it). */
  private static boolean checkNumber(IssueForm form, BindingResult binding) {
    if (form.numberTypedButWrong() && !binding.hasFieldErrors("issueNumber")) {
      binding.rejectValue("issueNumber", "e.newsletter.number.format");
      return true;
    }
    return false;
  }

  private String formPage(Issue issue, Model model) {
    if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form") instanceof BindingResult b) {
      FormErrors.order(b, model, FIELDS);
    }
    if (!model.containsAttribute("reviewForm")) {
      model.addAttribute("reviewForm", new ReviewActionForm());
    }
    if (issue != null) {
      model.addAttribute("issue", issue);
      model.addAttribute("history", history.of(issue));
    }
    return "newsletter/admin/form";
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
