package jp.yamaguchi.katsudo.grant.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.List;
import jp.yamaguchi.katsudo.core.abuse.FormGuard;
import jp.yamaguchi.katsudo.core.abuse.Limit;
import jp.yamaguchi.katsudo.core.terms.Terms;
import jp.yamaguchi.katsudo.core.terms.TermsKind;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.PageCacheFilter;
import jp.yamaguchi.katsudo.grant.domain.GrantPostings;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;

/**
 * 助成情報の掲載登録 by the public: terms and form ({@code /grants/post}), a read-only confirmation ({@code
 * /grants/post/confirm}) with 送信 and 戻る (the form keeps every value and file), then a mailed link
 * confirms the address and the posting lands as 仮登録 for staff review.
 */
@Controller
@RequestMapping("/grants/post")
@SessionAttributes("grantPostForm")
class GrantPostController {

  static final String FORM = "grant-post";

  private final GrantPostings postings;
  private final GrantAttachments attachments;
  private final GrantLabels labels;
  private final FormGuard guard;
  private final Terms terms;
  private final MessageSource messages;

  GrantPostController(
      GrantPostings postings,
      GrantAttachments attachments,
      GrantLabels labels,
      FormGuard guard,
      Terms terms,
      MessageSource messages) {
    this.postings = postings;
    this.attachments = attachments;
    this.labels = labels;
    this.guard = guard;
    this.terms = terms;
    this.messages = messages;
  }

  /**
   * What the public form may not set from the request: the files come only from this session's
   * uploads (kept in the session form), and staff-only fields are never bound.
   */
  @InitBinder("grantPostForm")
  void protectFields(WebDataBinder binder) {
    binder.setDisallowedFields("attachmentIds", "version");
  }

  @ModelAttribute("grantPostForm")
  GrantPostForm newForm() {
    return new GrantPostForm();
  }

  @GetMapping
  String form(
      @ModelAttribute("grantPostForm") GrantPostForm form,
      Model model,
      HttpServletRequest request) {
    return formPage(form, model, request);
  }

  @PostMapping
  String check(
      @Valid @ModelAttribute("grantPostForm") GrantPostForm form,
      BindingResult binding,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (!guard.passes(
        request,
        response,
        binding,
        FORM,
        Limit.perClient("grant-post", 10, Duration.ofHours(1)),
        Limit.perTarget("grant-post-mail", form.getSubmitterEmail(), 5, Duration.ofHours(1)))) {
      return formPage(form, model, request);
    }
    labels.checkChoices(form, binding);
    boolean stored = attachments.apply(form, binding);
    if (binding.hasErrors() || !stored) return formPage(form, model, request);
    if (form.getPeriodFrom() != null && form.getPeriodFrom().isAfter(form.getPeriodTo())) {
      binding.rejectValue("periodTo", "e.grant.period.order");
      return formPage(form, model, request);
    }
    return "redirect:/grants/post/confirm";
  }

  @GetMapping("/confirm")
  String confirm(
      @ModelAttribute("grantPostForm") GrantPostForm form,
      Model model,
      HttpServletRequest request) {
    if (form.getTitle() == null || !form.isAgreed()) return "redirect:/grants/post";
    noStore(request);
    model.addAttribute("attachments", attachments.of(form.getAttachmentIds()));
    model.addAttribute("breadcrumbs", crumbs());
    return "grant/post/confirm";
  }

  @PostMapping("/send")
  String send(
      // the values checked at the form step: nothing posted here may change them
      @ModelAttribute(name = "grantPostForm", binding = false) GrantPostForm form,
      BindingResult binding,
      SessionStatus session,
      Model model,
      HttpServletRequest request) {
    if (form.getTitle() == null || !form.isAgreed()) return "redirect:/grants/post";
    try {
      postings.post(form.content(), form.getSubmitterName(), form.getSubmitterEmail());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, GrantAdminController.FIELD_OF);
      return formPage(form, model, request);
    }
    session.setComplete();
    return "redirect:/grants/post/sent";
  }

  @GetMapping("/sent")
  String sent(Model model, SessionStatus session) {
    session.setComplete();
    model.addAttribute("breadcrumbs", crumbs());
    return "grant/post/sent";
  }

  @GetMapping("/thanks")
  String thanks(Model model, SessionStatus session) {
    model.addAttribute("breadcrumbs", crumbs());
    return "grant/post/thanks";
  }

  private String formPage(GrantPostForm form, Model model, HttpServletRequest request) {
    noStore(request);
    BindingResult binding =
        (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "grantPostForm");
    if (binding != null) FormErrors.order(binding, model, GrantPostForm.POST_FIELDS);
    model.addAttribute("terms", terms.current(TermsKind.SUPERNET_REGISTRATION).orElse(null));
    model.addAttribute("fieldOptions", labels.fieldChoices());
    model.addAttribute("areaOptions", labels.areaChoices());
    model.addAttribute("attachments", attachments.of(form.getAttachmentIds()));
    model.addAttribute("breadcrumbs", crumbs());
    model.addAttribute("metaDescription", msg("grant.post.description"));
    return "grant/post/form";
  }

  private List<Crumb> crumbs() {
    return List.of(new Crumb(msg("grant.public.title"), "/grants"));
  }

  private static void noStore(HttpServletRequest request) {
    request.setAttribute(PageCacheFilter.NO_STORE, Boolean.TRUE);
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
