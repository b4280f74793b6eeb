package jp.yamaguchi.katsudo.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.List;
import jp.yamaguchi.katsudo.core.abuse.FormGuard;
import jp.yamaguchi.katsudo.core.abuse.RateLimits;
import jp.yamaguchi.katsudo.core.terms.Terms;
import jp.yamaguchi.katsudo.core.terms.TermsKind;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.FormErrorInterceptor;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.core.web.PageCacheFilter;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 掲載登録 on Supernet: the guide page, then per type (NPO法人, 県民活動団体, 企業) the スーパーネット登録規約 with 「同意する」,
 * the form, the confirmation page (確認 → 送信, 戻る keeps every value and file), and sending, which
 * keeps the entry as a draft and mails the registrant a confirmation link; the entry becomes 仮登録
 * only when that link is used ({@link RegistrationConfirmation}).
 *
 * <p>The form lives in the session from 「同意する」 to 送信 (attribute {@value #SESSION_FORM}), so no
 * value is lost between the pages; files are stored at the POST that brought them. The form's POST
 * passes the spam guard; sending is limited per IP address and per registrant address.
 */
@Controller
class RegistrationController {

  static final String BASE = "/directory/register";
  static final String SESSION_FORM = "directory.registration.form";
  static final String FORM_NAME = "directory-register";

  /** Registrations sent per IP address an hour, and per registrant address a day. */
  static final int PER_CLIENT_PER_HOUR = 5;

  static final int PER_ADDRESS_PER_DAY = 3;

  private final DirectoryEntries entries;
  private final DirectoryFormValidator validator;
  private final DirectoryFormSupport support;
  private final DirectorySummary summary;
  private final RegistrationSending confirmation;
  private final FormGuard guard;
  private final RateLimits limits;
  private final Terms terms;
  private final MessageSource messages;

  RegistrationController(
      DirectoryEntries entries,
      DirectoryFormValidator validator,
      DirectoryFormSupport support,
      DirectorySummary summary,
      RegistrationSending confirmation,
      FormGuard guard,
      RateLimits limits,
      Terms terms,
      MessageSource messages) {
    this.entries = entries;
    this.validator = validator;
    this.support = support;
    this.summary = summary;
    this.confirmation = confirmation;
    this.guard = guard;
    this.limits = limits;
    this.terms = terms;
    this.messages = messages;
  }

  /** Registration pages hold what a person typed: never cached. */
  @ModelAttribute
  void noStore(HttpServletRequest request, HttpServletResponse response) {
    request.setAttribute(PageCacheFilter.NO_STORE, Boolean.TRUE);
    response.setHeader("Cache-Control", "no-store");
  }

  @GetMapping(BASE)
  String guide(Model model) {
    model.addAttribute("types", List.of(RegistrationType.values()));
    return "directory/register/index";
  }

  @GetMapping(BASE + "/{type}")
  String termsPage(@PathVariable String type, Model model) {
    RegistrationType t = type(type);
    model.addAttribute("type", t);
    model.addAttribute("terms", terms.current(TermsKind.SUPERNET_REGISTRATION).orElse(null));
    crumbs(model);
    return "directory/register/terms";
  }

  /** 「同意する」: starts a fresh form of the type. */
  @PostMapping(BASE + "/{type}")
  String agree(@PathVariable String type, HttpSession session) {
    RegistrationType t = type(type);
    session.setAttribute(SESSION_FORM, DirectoryForm.of(t.kind()));
    return "redirect:" + t.path() + "/form";
  }

  @GetMapping(BASE + "/{type}/form")
  String form(@PathVariable String type, HttpSession session, Model model) {
    RegistrationType t = type(type);
    DirectoryForm form = sessionForm(session, t);
    if (form == null) return "redirect:" + t.path();
    return show(t, form, model);
  }

  @PostMapping(BASE + "/{type}/form")
  String check(
      @PathVariable String type,
      @ModelAttribute("form") DirectoryForm form,
      BindingResult result,
      HttpSession session,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    RegistrationType t = type(type);
    DirectoryForm kept = sessionForm(session, t);
    if (kept == null) return "redirect:" + t.path();
    // what the browser cannot change: the type, and the files stored before
    form.setKind(t.kind());
    for (int slot = 1; slot <= DirectoryForm.SLOTS; slot++) {
      form.setFileMediaId(slot, kept.fileMediaId(slot));
    }
    boolean passed = guard.passes(request, response, result, FORM_NAME);
    if (passed) support.applyFiles(form, result);
    form.clearFileRequests();
    validator.validate(form, result, true);
    session.setAttribute(SESSION_FORM, form);
    if (!passed || result.hasErrors()) return show(t, form, model);
    return "redirect:" + t.path() + "/confirm";
  }

  @GetMapping(BASE + "/{type}/confirm")
  String confirmPage(@PathVariable String type, HttpSession session, Model model) {
    RegistrationType t = type(type);
    DirectoryForm form = sessionForm(session, t);
    if (form == null) return "redirect:" + t.path();
    return showConfirm(t, form, model, null);
  }

  /** 送信: keeps the entry as a draft and mails the registrant the confirmation link. */
  @PostMapping(BASE + "/{type}/confirm")
  String send(
      @PathVariable String type,
      HttpSession session,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    RegistrationType t = type(type);
    DirectoryForm form = sessionForm(session, t);
    if (form == null) return "redirect:" + t.path();
    BindingResult errors = new BeanPropertyBindingResult(form, "form");
    validator.validate(form, errors, true);
    if (errors.hasErrors()) return show(t, form, model, errors);
    if (!limits.tryAcquire(
            "directory-register:ip",
            request.getRemoteAddr(),
            PER_CLIENT_PER_HOUR,
            Duration.ofHours(1))
        || !limits.tryAcquire(
            "directory-register:address",
            form.getRegistrantEmail(),
            PER_ADDRESS_PER_DAY,
            Duration.ofDays(1))) {
      response.setStatus(429);
      return showConfirm(t, form, model, FormGuard.TOO_MANY);
    }
    try {
      confirmation.send(form.toContent());
    } catch (BusinessException e) {
      return showConfirm(t, form, model, e.messageId());
    }
    session.removeAttribute(SESSION_FORM);
    return "redirect:" + BASE + "/sent";
  }

  @GetMapping(BASE + "/sent")
  String sent(Model model) {
    crumbs(model);
    return "directory/register/sent";
  }

  private String show(RegistrationType t, DirectoryForm form, Model model) {
    model.addAttribute("type", t);
    model.addAttribute("form", form);
    support.addOptions(model, form);
    crumbs(model);
    return "directory/register/form";
  }

  private String show(RegistrationType t, DirectoryForm form, Model model, BindingResult errors) {
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
    return show(t, form, model);
  }

  private String showConfirm(RegistrationType t, DirectoryForm form, Model model, String error) {
    model.addAttribute("type", t);
    model.addAttribute("rows", summary.rows(form, true));
    model.addAttribute("sendError", error);
    if (error != null) model.addAttribute(FormErrorInterceptor.ATTRIBUTE, Boolean.TRUE);
    crumbs(model);
    return "directory/register/confirm";
  }

  private void crumbs(Model model) {
    model.addAttribute(
        "breadcrumbs",
        List.of(
            new Crumb(
                messages.getMessage(
                    "directory.register.title", null, LocaleContextHolder.getLocale()),
                BASE)));
  }

  private static DirectoryForm sessionForm(HttpSession session, RegistrationType t) {
    Object o = session.getAttribute(SESSION_FORM);
    return o instanceof DirectoryForm f && f.getKind() == t.kind() ? f : null;
  }

  private static RegistrationType type(String slug) {
    return RegistrationType.of(slug)
        .orElseThrow(() -> new NotFoundException("registration " + slug));
  }
}
