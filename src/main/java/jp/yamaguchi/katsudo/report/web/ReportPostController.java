package jp.yamaguchi.katsudo.report.web;

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
import jp.yamaguchi.katsudo.report.domain.ReportPostings;
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
 * 活動実績・事例の掲載登録 by the public: terms and form ({@code /reports/post}), a read-only confirmation
 * ({@code /reports/post/confirm}) with 送信 and 戻る (the form keeps every value and file), then a
 * mailed link confirms the address and the posting lands as 仮登録 for staff review.
 */
@Controller
@RequestMapping("/reports/post")
@SessionAttributes("reportPostForm")
class ReportPostController {

  static final String FORM = "report-post";

  private final ReportPostings postings;
  private final ReportPhotos photos;
  private final FormGuard guard;
  private final Terms terms;
  private final MessageSource messages;

  ReportPostController(
      ReportPostings postings,
      ReportPhotos photos,
      FormGuard guard,
      Terms terms,
      MessageSource messages) {
    this.postings = postings;
    this.photos = photos;
    this.guard = guard;
    this.terms = terms;
    this.messages = messages;
  }

  /**
   * What the public form may not set from the request: the files come only from this session's
   * uploads (kept in the session form), and staff-only fields are never bound.
   */
  @InitBinder("reportPostForm")
  void protectFields(WebDataBinder binder) {
    binder.setDisallowedFields("photoIds", "relatedOrgIds", "version");
  }

  @ModelAttribute("reportPostForm")
  ReportPostForm newForm() {
    return new ReportPostForm();
  }

  @GetMapping
  String form(
      @ModelAttribute("reportPostForm") ReportPostForm form,
      Model model,
      HttpServletRequest request) {
    return formPage(form, model, request);
  }

  @PostMapping
  String check(
      @Valid @ModelAttribute("reportPostForm") ReportPostForm form,
      BindingResult binding,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (!guard.passes(
        request,
        response,
        binding,
        FORM,
        Limit.perClient("report-post", 10, Duration.ofHours(1)),
        Limit.perTarget("report-post-mail", form.getSubmitterEmail(), 5, Duration.ofHours(1)))) {
      return formPage(form, model, request);
    }
    boolean stored = photos.apply(form, binding);
    if (binding.hasErrors() || !stored) return formPage(form, model, request);
    return "redirect:/reports/post/confirm";
  }

  @GetMapping("/confirm")
  String confirm(
      @ModelAttribute("reportPostForm") ReportPostForm form,
      Model model,
      HttpServletRequest request) {
    if (form.getTitle() == null || !form.isAgreed()) return "redirect:/reports/post";
    noStore(request);
    model.addAttribute("photos", photos.of(form.getPhotoIds()));
    model.addAttribute("breadcrumbs", crumbs());
    return "report/post/confirm";
  }

  @PostMapping("/send")
  String send(
      // the values checked at the form step: nothing posted here may change them
      @ModelAttribute(name = "reportPostForm", binding = false) ReportPostForm form,
      BindingResult binding,
      SessionStatus session,
      Model model,
      HttpServletRequest request) {
    if (form.getTitle() == null || !form.isAgreed()) return "redirect:/reports/post";
    try {
      postings.post(form.content(), form.getSubmitterName(), form.getSubmitterEmail());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, ReportAdminController.FIELD_OF);
      return formPage(form, model, request);
    }
    session.setComplete();
    return "redirect:/reports/post/sent";
  }

  @GetMapping("/sent")
  String sent(Model model, SessionStatus session) {
    session.setComplete();
    model.addAttribute("breadcrumbs", crumbs());
    return "report/post/sent";
  }

  @GetMapping("/thanks")
  String thanks(Model model, SessionStatus session) {
    model.addAttribute("breadcrumbs", crumbs());
    return "report/post/thanks";
  }

  private String formPage(ReportPostForm form, Model model, HttpServletRequest request) {
    noStore(request);
    BindingResult binding =
        (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "reportPostForm");
    if (binding != null) FormErrors.order(binding, model, ReportPostForm.POST_FIELDS);
    model.addAttribute("terms", terms.current(TermsKind.SUPERNET_REGISTRATION).orElse(null));
    model.addAttribute("photos", photos.of(form.getPhotoIds()));
    model.addAttribute("breadcrumbs", crumbs());
    model.addAttribute("metaDescription", msg("report.post.description"));
    return "report/post/form";
  }

  private List<Crumb> crumbs() {
    return List.of(new Crumb(msg("report.public.title"), "/reports"));
  }

  private static void noStore(HttpServletRequest request) {
    request.setAttribute(PageCacheFilter.NO_STORE, Boolean.TRUE);
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
