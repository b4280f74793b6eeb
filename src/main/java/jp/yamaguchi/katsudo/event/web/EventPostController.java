package jp.yamaguchi.katsudo.event.web;

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
import jp.yamaguchi.katsudo.event.domain.EventEditing;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;

/**
 * The public posting of イベント・募集 (掲載登録): {@code /events/post} shows the form (with the link to the
 * terms and 「同意する」), its POST checks it and shows the 確認 page, {@code /events/post/edit} (戻る) shows
 * the filled form again, {@code /events/post/send} (送信) saves the posting as a draft and mails the
 * confirmation link; confirming it makes the posting 仮登録 for staff review.
 *
 * <p>The form stays in the session between the steps; attached files are stored through the media
 * library at the first POST and only their ids are kept, so 戻る keeps them. Which files are attached
 * is never taken from the request: only files this session uploaded can be kept.
 */
@Controller
@SessionAttributes(EventPostController.FORM)
class EventPostController {

  static final String FORM = "postForm";
  static final String GUARD = "event-post";

  private final EventEditing editing;
  private final EventAttachments attachments;
  private final EventOptions options;
  private final FormGuard guard;
  private final Terms terms;
  private final MessageSource messages;

  EventPostController(
      EventEditing editing,
      EventAttachments attachments,
      EventOptions options,
      FormGuard guard,
      Terms terms,
      MessageSource messages) {
    this.terms = terms;
    this.editing = editing;
    this.attachments = attachments;
    this.options = options;
    this.guard = guard;
    this.messages = messages;
  }

  @InitBinder(FORM)
  void binder(WebDataBinder binder) {
    binder.setDisallowedFields("attachmentIds", "organisationId", "version");
  }

  @ModelAttribute(FORM)
  EventPostForm newForm() {
    return new EventPostForm();
  }

  @GetMapping("/events/post")
  String form(Model model) {
    // a fresh start: forget what an earlier, unsent posting of this session held
    model.addAttribute(FORM, new EventPostForm());
    return formPage(model);
  }

  /** 戻る from the confirmation page: the form as it was filled. */
  @GetMapping("/events/post/edit")
  String edit(@ModelAttribute(FORM) EventPostForm form, Model model) {
    return formPage(model);
  }

  @PostMapping("/events/post")
  String check(
      @Valid @ModelAttribute(FORM) EventPostForm form,
      BindingResult binding,
      @RequestParam(name = "keepAttachments", required = false) List<Long> keep,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    // only files this session stored can stay attached
    form.setAttachmentIds(
        form.getAttachmentIds().stream().filter(id -> keep != null && keep.contains(id)).toList());
    if (!guard.passes(
        request,
        response,
        binding,
        GUARD,
        Limit.perClient("event-post", 10, Duration.ofHours(1)),
        Limit.perTarget("event-post-mail", form.getSubmitterEmail(), 5, Duration.ofHours(1)))) {
      form.setFiles(null);
      return formPage(model);
    }
    boolean stored = attachments.store(form, binding);
    if (!stored || binding.hasErrors()) return formPage(model);
    try {
      editing.checkContent(form.content());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, EventAdminController.FIELD_OF);
      return formPage(model);
    }
    model.addAttribute("storedFiles", attachments.of(form.getAttachmentIds()));
    model.addAttribute("breadcrumbs", crumbs());
    return "event/post-confirm";
  }

  @PostMapping("/events/post/send")
  String send(
      @ModelAttribute(name = FORM, binding = false) EventPostForm form,
      BindingResult binding,
      SessionStatus status,
      Model model) {
    if (form.getTitle() == null || !form.isAgreed()) return "redirect:/events/post";
    try {
      editing.post(form.content(), form.getSubmitterName(), form.getSubmitterEmail());
    } catch (BusinessException e) {
      // the lists changed in between, an attachment is gone or the mail could not be sent:
      // the filled form with the reason
      FormErrors.reject(binding, e, EventAdminController.FIELD_OF);
      return formPage(model);
    }
    status.setComplete();
    return "redirect:/events/post/sent";
  }

  @GetMapping("/events/post/sent")
  String sent(Model model) {
    model.addAttribute("breadcrumbs", crumbs());
    return "event/post-sent";
  }

  @GetMapping("/events/post/thanks")
  String thanks(Model model) {
    model.addAttribute("breadcrumbs", crumbs());
    return "event/post-thanks";
  }

  private String formPage(Model model) {
    if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + FORM) instanceof BindingResult b) {
      FormErrors.order(b, model, EventForm.FIELDS);
    }
    options.addTo(model);
    if (model.getAttribute(FORM) instanceof EventPostForm f) {
      model.addAttribute("storedFiles", attachments.of(f.getAttachmentIds()));
    }
    model.addAttribute("terms", terms.current(TermsKind.SUPERNET_REGISTRATION).orElse(null));
    model.addAttribute("breadcrumbs", crumbs());
    return "event/post-form";
  }

  private List<Crumb> crumbs() {
    return List.of(new Crumb(msg("event.list.title"), "/events"));
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
