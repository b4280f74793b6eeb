package jp.yamaguchi.katsudo.contact.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.yamaguchi.katsudo.contact.domain.Inquiries;
import jp.yamaguchi.katsudo.contact.domain.Inquiry;
import jp.yamaguchi.katsudo.contact.domain.InquiryKind;
import jp.yamaguchi.katsudo.core.abuse.FormGuard;
import jp.yamaguchi.katsudo.core.abuse.Limit;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.PageCacheFilter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact form: {@code GET /contact} (input), {@code POST /contact/confirm} (確認), {@code POST
 * /contact} (戻る: the input again with the values), {@code POST /contact/send} (送信, guarded by
 * {@link FormGuard}) and {@code GET /contact/sent} (受付完了).
 */
@Controller
class ContactController {

  static final String FORM = "contact";
  static final List<String> FIELDS = List.of("kind", "name", "email", "phone", "message", "agreed");

  private final Inquiries inquiries;
  private final FormGuard guard;
  private final MessageSource messages;

  ContactController(Inquiries inquiries, FormGuard guard, MessageSource messages) {
    this.inquiries = inquiries;
    this.guard = guard;
    this.messages = messages;
  }

  @GetMapping("/contact")
  String form(HttpServletRequest request, Model model) {
    model.addAttribute("form", new ContactForm());
    return input(request, model);
  }

  /** 戻る from the confirmation: the form again with what was typed. */
  @PostMapping("/contact")
  String back(@ModelAttribute("form") ContactForm form, HttpServletRequest request, Model model) {
    noStore(request);
    return input(request, model);
  }

  @PostMapping("/contact/confirm")
  String confirm(
      @Valid @ModelAttribute("form") ContactForm form,
      BindingResult binding,
      HttpServletRequest request,
      Model model) {
    noStore(request);
    if (binding.hasErrors()) {
      FormErrors.order(binding, model, FIELDS);
      return input(request, model);
    }
    csrfToken(request);
    model.addAttribute("kindLabel", msg(form.getKind().messageKey()));
    return "contact/confirm";
  }

  @PostMapping("/contact/send")
  String send(
      @Valid @ModelAttribute("form") ContactForm form,
      BindingResult binding,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    noStore(request);
    if (!guard.passes(
        request,
        response,
        binding,
        FORM,
        Limit.perClient("contact", 10, Duration.ofHours(1)),
        Limit.perTarget("contact-mail", form.cleanEmail(), 3, Duration.ofHours(1)))) {
      FormErrors.order(binding, model, FIELDS);
      return input(request, model);
    }
    if (binding.hasErrors()) {
      FormErrors.order(binding, model, FIELDS);
      return input(request, model);
    }
    Inquiry inquiry =
        inquiries.receive(
            Site.SUPERNET,
            form.getKind(),
            form.cleanName(),
            form.cleanEmail(),
            form.cleanPhone(),
            form.cleanMessage());
    redirect.addFlashAttribute("receiptNumber", inquiry.getId());
    return "redirect:/contact/sent";
  }

  @GetMapping("/contact/sent")
  String sent(HttpServletRequest request, Model model) {
    noStore(request);
    if (!model.containsAttribute("receiptNumber")) return "redirect:/contact";
    return "contact/sent";
  }

  private String input(HttpServletRequest request, Model model) {
    csrfToken(request);
    model.addAttribute(
        "kindOptions",
        Arrays.stream(InquiryKind.values())
            .map(k -> new Choice(k.name(), msg(k.messageKey()), Set.of()))
            .toList());
    return "contact/form";
  }

  /**
   * Makes the form's CSRF token now, so its session exists before the page is written (a session
   * cannot start once the response is on its way).
   */
  private static void csrfToken(HttpServletRequest request) {
    if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
      token.getToken();
    }
  }

  /** Typed personal data is never kept by a cache. */
  private static void noStore(HttpServletRequest request) {
    request.setAttribute(PageCacheFilter.NO_STORE, Boolean.TRUE);
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
