package jp.yamaguchi.katsudo.contact.web;

import java.security.Principal;
import jp.yamaguchi.katsudo.contact.domain.Inquiries;
import jp.yamaguchi.katsudo.contact.domain.Inquiry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's inquiries under {@code /admin/contact}: list (未対応 first by default), detail, mark
 * handled or not, delete. Any staff member may use them.
 */
@Controller
@RequestMapping("/admin/contact")
class ContactAdminController {

  private final Inquiries inquiries;
  private final MessageSource messages;

  ContactAdminController(Inquiries inquiries, MessageSource messages) {
    this.inquiries = inquiries;
    this.messages = messages;
  }

  /** {@code status}: open (default), handled or all. */
  @GetMapping
  String list(
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Boolean handled =
        switch (status) {
          case "handled" -> true;
          case "all" -> null;
          default -> false;
        };
    String shown = handled == null ? "all" : handled ? "handled" : "open";
    model.addAttribute("status", shown);
    model.addAttribute("page", inquiries.list(handled, page));
    model.addAttribute("pageBase", "/admin/contact?status=" + shown + "&");
    return "contact/admin/list";
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("inquiry", inquiries.get(id));
    return "contact/admin/detail";
  }

  @PostMapping("/{id}/handled")
  String handled(
      @PathVariable long id,
      @RequestParam(defaultValue = "true") boolean handled,
      Principal user,
      RedirectAttributes redirect) {
    inquiries.markHandled(id, handled, user.getName());
    redirect.addFlashAttribute(
        "success", msg(handled ? "contact.admin.markedHandled" : "contact.admin.markedOpen"));
    return "redirect:/admin/contact/" + id;
  }

  @GetMapping("/{id}/delete")
  String confirmDelete(@PathVariable long id, Model model) {
    model.addAttribute("inquiry", inquiries.get(id));
    return "contact/admin/delete";
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    Inquiry inquiry = inquiries.get(id);
    inquiries.delete(id);
    redirect.addFlashAttribute("success", msg("contact.admin.deleted", inquiry.getId()));
    return "redirect:/admin/contact";
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
