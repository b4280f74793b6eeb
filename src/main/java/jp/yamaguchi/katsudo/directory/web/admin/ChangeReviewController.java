package jp.yamaguchi.katsudo.directory.web.admin;

import java.security.Principal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.changes.ChangeRequest;
import jp.yamaguchi.katsudo.directory.changes.ChangeRequests;
import jp.yamaguchi.katsudo.directory.changes.ChangeRequests.FieldChange;
import jp.yamaguchi.katsudo.directory.changes.ChangeState;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 修正依頼 in the admin: the list (waiting ones first by default), and one request compared field by
 * field with the live entry (changed rows marked in words and highlighted), with 承認 (the entry
 * takes the proposal) and 却下 (with a reason). Both mail the submitter.
 */
@Controller
class ChangeReviewController {

  static final String BASE = "/admin/directory/changes";
  static final int PAGE_SIZE = 50;

  private final ChangeRequests changes;
  private final DirectoryEntries entries;
  private final MessageSource messages;

  ChangeReviewController(ChangeRequests changes, DirectoryEntries entries, MessageSource messages) {
    this.changes = changes;
    this.entries = entries;
    this.messages = messages;
  }

  /** A line of the list. */
  record Line(ChangeRequest request, String entryName, int changedFields) {}

  @GetMapping(BASE)
  String list(
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    ChangeState filter = parse(state);
    Page<ChangeRequest> rows = changes.list(filter, PageRequest.of(Math.max(0, page), PAGE_SIZE));
    model.addAttribute(
        "page",
        rows.map(
            r -> {
              DirectoryEntry e = entries.get(r.getEntryId());
              int changed =
                  (int)
                      changes.compare(e.content(), changes.proposed(r)).stream()
                          .filter(FieldChange::changed)
                          .count();
              return new Line(r, e.getName(), changed);
            }));
    model.addAttribute("state", filter == null ? "" : filter.name());
    model.addAttribute(
        "pageBase", BASE + "?" + (filter == null ? "" : "state=" + filter.name() + "&"));
    model.addAttribute(
        "stateOptions",
        Arrays.stream(ChangeState.values())
            .filter(s -> s != ChangeState.UNCONFIRMED)
            .map(s -> new Choice(s.name(), msg(s.messageKey()), Set.of()))
            .toList());
    return "directory/admin/changes";
  }

  @GetMapping(BASE + "/{id:[0-9]+}")
  String show(
      @PathVariable long id, @RequestParam(defaultValue = "false") boolean all, Model model) {
    ChangeRequest r = changes.get(id);
    DirectoryEntry e = entries.get(r.getEntryId());
    List<FieldChange> rows = changes.compare(e.content(), changes.proposed(r));
    long changed = rows.stream().filter(FieldChange::changed).count();
    model.addAttribute("request", r);
    model.addAttribute("entry", e);
    model.addAttribute("rows", all ? rows : rows.stream().filter(FieldChange::changed).toList());
    model.addAttribute("all", all);
    model.addAttribute("changedCount", changed);
    model.addAttribute("stale", e.getVersion() != r.getBaseVersion());
    return "directory/admin/change";
  }

  @PostMapping(BASE + "/{id:[0-9]+}/approve")
  String approve(
      @PathVariable long id,
      @RequestParam long version,
      Principal principal,
      RedirectAttributes redirect) {
    try {
      changes.approve(id, version, principal.getName());
      redirect.addFlashAttribute("success", msg("dirpages.review.approved"));
    } catch (BusinessException ex) {
      redirect.addFlashAttribute("error", msg(ex.messageId()));
    } catch (ObjectOptimisticLockingFailureException ex) {
      // another staff member decided it at the same moment
      redirect.addFlashAttribute("error", msg("dirpages.changes.e.decided"));
    }
    return "redirect:" + BASE + "/" + id;
  }

  @PostMapping(BASE + "/{id:[0-9]+}/reject")
  String reject(
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(defaultValue = "") String reason,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    try {
      changes.reject(id, version, reason, principal.getName());
      redirect.addFlashAttribute("success", msg("dirpages.review.rejected"));
      return "redirect:" + BASE + "/" + id;
    } catch (ObjectOptimisticLockingFailureException ex) {
      redirect.addFlashAttribute("error", msg("dirpages.changes.e.decided"));
      return "redirect:" + BASE + "/" + id;
    } catch (BusinessException ex) {
      if (!"dirpages.changes.e.reason".equals(ex.messageId())) {
        redirect.addFlashAttribute("error", msg(ex.messageId()));
        return "redirect:" + BASE + "/" + id;
      }
      model.addAttribute("reasonError", msg(ex.messageId()));
      model.addAttribute("reason", reason);
      markError(model, "reject");
      return show(id, false, model);
    }
  }

  /**
   * Puts a binding result with an error in the model, so the layout's title starts with 「エラー：」
   * (core.web.FormErrorInterceptor) on a page whose form has no form object.
   */
  static void markError(Model model, String name) {
    var result = new MapBindingResult(new HashMap<>(), name);
    result.reject("error");
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
  }

  private static ChangeState parse(String state) {
    if (state == null || state.isBlank()) return null;
    try {
      return ChangeState.valueOf(state);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
