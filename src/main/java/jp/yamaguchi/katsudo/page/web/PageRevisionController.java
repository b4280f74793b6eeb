package jp.yamaguchi.katsudo.page.web;

import java.util.List;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.page.PageEditing;
import jp.yamaguchi.katsudo.page.PageInvalidException;
import jp.yamaguchi.katsudo.page.domain.Page;
import jp.yamaguchi.katsudo.page.domain.PageDiff;
import jp.yamaguchi.katsudo.page.domain.PageHistory;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import jp.yamaguchi.katsudo.page.domain.PageRevision;
import jp.yamaguchi.katsudo.page.domain.PageText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page's revisions: the list (who, when, what kind), a readable diff of any revision against the
 * one before it or against the current working copy, and restoring a revision after a confirmation.
 */
@Controller
@RequestMapping("/admin/pages/{id}/revisions")
class PageRevisionController {

  static final int PAGE_SIZE = 20;

  private final PageRepository repository;
  private final PageHistory history;
  private final PageText text;
  private final PageEditing editing;
  private final MessageSource messages;

  PageRevisionController(
      PageRepository repository,
      PageHistory history,
      PageText text,
      PageEditing editing,
      MessageSource messages) {
    this.repository = repository;
    this.history = history;
    this.text = text;
    this.editing = editing;
    this.messages = messages;
  }

  @GetMapping
  String list(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
    Page current = get(id);
    model.addAttribute("current", current);
    model.addAttribute(
        "revisions", history.revisions(id, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
    return "page/admin/revisions";
  }

  /** The diff of a revision against the previous one ({@code with=previous}) or the current. */
  @GetMapping("/{rev}")
  String diff(
      @PathVariable long id,
      @PathVariable long rev,
      @RequestParam(defaultValue = "previous") String with,
      Model model) {
    Page current = get(id);
    Page at = history.at(id, rev).orElseThrow(() -> new NotFoundException("revision " + rev));
    PageRevision described = history.describe(id, rev).orElseThrow();
    boolean againstCurrent = "current".equals(with);
    List<String> from;
    List<String> to;
    String fromLabel;
    String toLabel;
    if (againstCurrent) {
      from = text.lines(at);
      to = text.lines(current);
      fromLabel = msg("page.revisions.label.revision", rev);
      toLabel = msg("page.revisions.label.current");
    } else {
      var previous = history.previous(id, rev);
      from = previous.flatMap(p -> history.at(id, p)).map(text::lines).orElse(List.of());
      to = text.lines(at);
      fromLabel =
          previous
              .map(p -> msg("page.revisions.label.revision", p))
              .orElse(msg("page.revisions.label.none"));
      toLabel = msg("page.revisions.label.revision", rev);
    }
    model.addAttribute("current", current);
    model.addAttribute("revision", described);
    model.addAttribute("with", againstCurrent ? "current" : "previous");
    model.addAttribute("fromLabel", fromLabel);
    model.addAttribute("toLabel", toLabel);
    model.addAttribute("diff", PageDiff.of(from, to));
    return "page/admin/diff";
  }

  @GetMapping("/{rev}/restore")
  String confirmRestore(@PathVariable long id, @PathVariable long rev, Model model) {
    Page current = get(id);
    Page at = history.at(id, rev).orElseThrow(() -> new NotFoundException("revision " + rev));
    model.addAttribute("current", current);
    model.addAttribute("revision", history.describe(id, rev).orElseThrow());
    model.addAttribute("diff", PageDiff.of(text.lines(current), text.lines(at)));
    return "page/admin/restore";
  }

  /**
   * Restores after the confirmation. The form carries the version the diff was shown for: if
   * someone saved in between, or the old content fails today's checks, the confirmation is shown
   * again (with the current diff) and says why.
   */
  @PostMapping("/{rev}/restore")
  String restore(
      @PathVariable long id,
      @PathVariable long rev,
      @RequestParam(required = false) Long version,
      Model model,
      RedirectAttributes redirect) {
    get(id);
    try {
      editing.restore(id, rev, version == null ? -1 : version);
    } catch (PageInvalidException e) {
      model.addAttribute(
          "problems", e.problems().stream().map(p -> msg(p.messageId(), p.arguments())).toList());
      return confirmRestore(id, rev, model);
    } catch (BusinessException e) {
      model.addAttribute("error", msg(e.messageId(), e.arguments()));
      return confirmRestore(id, rev, model);
    }
    redirect.addFlashAttribute("success", msg("page.revisions.restored", rev));
    return "redirect:/admin/pages/" + id;
  }

  private Page get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("page " + id));
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
