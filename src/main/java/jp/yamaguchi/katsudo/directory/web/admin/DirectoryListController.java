package jp.yamaguchi.katsudo.directory.web.admin;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.lists.ListKey;
import jp.yamaguchi.katsudo.core.lists.Lists;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;
import jp.yamaguchi.katsudo.directory.changes.ChangeRequests;
import jp.yamaguchi.katsudo.directory.changes.ChangeState;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import jp.yamaguchi.katsudo.directory.domain.DirectoryFieldText;
import jp.yamaguchi.katsudo.directory.domain.DirectoryFinder;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 団体・企業 in the admin: every entry (unconfirmed drafts only when asked for), newest first, 50 a
 * page, filtered by type, activity status, review state, 市町 and a free word; each links to the
 * entry's review page {@code /admin/directory/{id}}.
 */
@Controller
class DirectoryListController {

  static final String BASE = "/admin/directory";
  static final int PAGE_SIZE = 50;

  private final DirectoryFinder finder;
  private final ChangeRequests changes;
  private final Lists lists;
  private final MessageSource messages;

  DirectoryListController(
      DirectoryFinder finder, ChangeRequests changes, Lists lists, MessageSource messages) {
    this.finder = finder;
    this.changes = changes;
    this.lists = lists;
    this.messages = messages;
  }

  @GetMapping(BASE)
  String list(
      @ModelAttribute("filter") DirectoryAdminFilter filter,
      BindingResult ignoredBadValues,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Page<DirectoryEntry> rows =
        finder.search(filter.toSearch(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
    String query = filter.query();
    model.addAttribute("page", rows);
    model.addAttribute("pageBase", BASE + "?" + query + (query.isEmpty() ? "" : "&"));
    model.addAttribute("exportUrl", BASE + "/export" + (query.isEmpty() ? "" : "?" + query));
    model.addAttribute("changesPending", changes.count(ChangeState.PENDING));
    options(model, lists, messages);
    return "directory/admin/list";
  }

  /** The choices of the filters (shared with the export page). */
  static void options(Model model, Lists lists, MessageSource messages) {
    model.addAttribute(
        "kindOptions",
        Arrays.stream(OrganisationKind.values())
            .map(k -> choice(k.name(), DirectoryFieldText.kindKey(k), messages))
            .toList());
    model.addAttribute(
        "statusOptions",
        Arrays.stream(DirectoryStatus.values())
            .map(s -> choice(s.name(), DirectoryFieldText.statusKey(s), messages))
            .toList());
    model.addAttribute(
        "stateOptions",
        Arrays.stream(ReviewState.values())
            .map(s -> choice(s.name(), s.messageKey(), messages))
            .toList());
    model.addAttribute("cityOptions", lists.choices(ListKey.MUNICIPALITY));
    Map<String, String> cityLabels = new HashMap<>();
    lists.choices(ListKey.MUNICIPALITY).forEach(c -> cityLabels.put(c.code(), c.label()));
    cityLabels.put(
        DirectoryEntries.OUTSIDE_PREFECTURE,
        messages.getMessage(
            "directory.municipality.outside", null, LocaleContextHolder.getLocale()));
    model.addAttribute("cityLabels", cityLabels);
  }

  private static Choice choice(String code, String key, MessageSource messages) {
    return new Choice(
        code, messages.getMessage(key, null, LocaleContextHolder.getLocale()), Set.of());
  }

  static List<String> kindKeys() {
    return Arrays.stream(OrganisationKind.values()).map(DirectoryFieldText::kindKey).toList();
  }
}
