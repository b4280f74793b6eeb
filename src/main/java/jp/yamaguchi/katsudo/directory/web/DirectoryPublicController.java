package jp.yamaguchi.katsudo.directory.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.lists.ListKey;
import jp.yamaguchi.katsudo.core.lists.Lists;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.DirectoryEntryView;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 団体・企業を探す: the public list of published entries (newest first, 20 a page) with the simple search
 * (free word, type) on top, the detailed search form ({@code /directory/search}, which sends its
 * query to the list) and the detail page. Only published entries are shown; a dissolved or
 * withdrawn one shows its status. The detail page shows exactly the public fields of spec §2 (from
 * {@link DirectoryEntryView}, which holds no 登録担当者 field) — never the reference files, which
 * registrants send for the center's review (spec §2 does not list them).
 */
@Controller
class DirectoryPublicController {

  static final int PAGE_SIZE = 20;
  static final String LIST = "/directory";

  private final DirectoryFinder finder;
  private final DirectoryEntries entries;
  private final Lists lists;
  private final MessageSource messages;

  DirectoryPublicController(
      DirectoryFinder finder, DirectoryEntries entries, Lists lists, MessageSource messages) {
    this.finder = finder;
    this.entries = entries;
    this.lists = lists;
    this.messages = messages;
  }

  @GetMapping(LIST)
  String list(
      @ModelAttribute("search") DirectorySearchForm search,
      BindingResult ignoredBadValues,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (page < 0) throw new NotFoundException("directory page " + page);
    var criteria = search.toSearch();
    Page<DirectoryEntry> rows = finder.search(criteria, PageRequest.of(page, PAGE_SIZE));
    if (page > 0 && page >= rows.getTotalPages()) {
      throw new NotFoundException("directory page " + page);
    }
    boolean filtered = criteria.filtered();
    model.addAttribute("page", rows.map(this::line));
    model.addAttribute("filtered", filtered);
    model.addAttribute("conditions", conditions(search));
    model.addAttribute("pageBase", LIST + "?" + search.queryPrefix());
    model.addAttribute("heading", msg(filtered ? "dirpages.list.results" : "dirpages.list.title"));
    model.addAttribute(
        "breadcrumbs",
        filtered ? List.of(new Crumb(msg("dirpages.list.title"), LIST)) : List.<Crumb>of());
    model.addAttribute("metaDescription", msg("dirpages.list.description"));
    options(model);
    return "directory/public/list";
  }

  @GetMapping(LIST + "/search")
  String searchForm(
      @ModelAttribute("search") DirectorySearchForm search,
      BindingResult ignoredBadValues,
      Model model) {
    options(model);
    model.addAttribute("breadcrumbs", List.of(new Crumb(msg("dirpages.list.title"), LIST)));
    return "directory/public/search";
  }

  @GetMapping(LIST + "/{id:[0-9]+}")
  String detail(@PathVariable long id, Model model) {
    DirectoryEntryView entry =
        entries.findPublic(id).orElseThrow(() -> new NotFoundException("directory " + id));
    model.addAttribute("entry", entry);
    model.addAttribute("breadcrumbs", List.of(new Crumb(msg("dirpages.list.title"), LIST)));
    model.addAttribute("metaDescription", description(entry));
    return "directory/public/detail";
  }

  /** A line of the list. */
  record Line(
      long id,
      String path,
      String name,
      String kindKey,
      DirectoryStatus status,
      String place,
      String summary,
      java.time.Instant publishedAt) {

    public boolean inactive() {
      return status != DirectoryStatus.ACTIVE;
    }
  }

  private Line line(DirectoryEntry e) {
    String place =
        e.getMunicipality() == null
                || DirectoryEntries.OUTSIDE_PREFECTURE.equals(e.getMunicipality())
            ? lists.label(ListKey.PREFECTURE, Objects.toString(e.getPrefecture(), ""))
            : lists.label(ListKey.MUNICIPALITY, e.getMunicipality());
    return new Line(
        e.getId(),
        DirectoryEntries.detailPath(e.getId()),
        e.getName(),
        DirectoryFieldText.kindKey(e.getKind()),
        e.getStatus(),
        place,
        summary(e.getActivities()),
        e.getReview().firstPublishedAt());
  }

  static String summary(String text) {
    if (text == null) return "";
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() <= 80 ? t : t.substring(0, 79) + "…";
  }

  private String description(DirectoryEntryView e) {
    String s = summary(e.activities());
    return s.isEmpty()
        ? msg("dirpages.list.description")
        : msg("dirpages.detail.description", e.name(), s);
  }

  /** The chosen conditions in words, for the results heading. */
  private String conditions(DirectorySearchForm f) {
    List<String> parts = new ArrayList<>();
    if (f.words() != null && !f.words().isEmpty())
      parts.add(msg("dirpages.list.quoted", f.words()));
    if (f.getKind() != null) parts.add(msg(DirectoryFieldText.kindKey(f.getKind())));
    if (f.getCls() != null && !f.getCls().isBlank()) parts.add(classLabel(f.getCls()));
    f.getField().forEach(c -> parts.add(lists.label(ListKey.ACTIVITY_FIELD, c)));
    if (f.getArea() != null && !f.getArea().isBlank()) {
      parts.add(lists.label(ListKey.TARGET_AREA, f.getArea()));
    }
    if (f.getCity() != null && !f.getCity().isBlank()) {
      parts.add(lists.label(ListKey.MUNICIPALITY, f.getCity()));
    }
    f.getFeature().forEach(c -> parts.add(lists.label(ListKey.FEATURE, c)));
    if (f.getStatus() != null) parts.add(msg(DirectoryFieldText.statusKey(f.getStatus())));
    return String.join(msg("dirpages.list.separator"), parts);
  }

  private String classLabel(String code) {
    for (ListKey k : List.of(ListKey.GROUP_CLASS, ListKey.COMPANY_CLASS)) {
      for (Choice c : lists.choices(k)) if (c.code().equals(code)) return c.label();
    }
    return code;
  }

  private void options(Model model) {
    model.addAttribute(
        "kindOptions",
        Arrays.stream(OrganisationKind.values())
            .map(k -> new Choice(k.name(), msg(DirectoryFieldText.kindKey(k)), Set.of()))
            .toList());
    model.addAttribute(
        "statusOptions",
        Arrays.stream(DirectoryStatus.values())
            .map(s -> new Choice(s.name(), msg(DirectoryFieldText.statusKey(s)), Set.of()))
            .toList());
    List<Choice> classes = new ArrayList<>(lists.choices(ListKey.GROUP_CLASS));
    for (Choice c : lists.choices(ListKey.COMPANY_CLASS)) {
      if (classes.stream().noneMatch(x -> x.code().equals(c.code()))) classes.add(c);
    }
    model.addAttribute("classOptions", classes);
    model.addAttribute("fieldOptions", lists.choices(ListKey.ACTIVITY_FIELD));
    model.addAttribute("areaOptions", lists.choices(ListKey.TARGET_AREA));
    model.addAttribute("cityOptions", lists.choices(ListKey.MUNICIPALITY));
    model.addAttribute("featureOptions", lists.choices(ListKey.FEATURE));
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
