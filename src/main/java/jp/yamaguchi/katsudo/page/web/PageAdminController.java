package jp.yamaguchi.katsudo.page.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.review.ReviewSchedule;
import jp.yamaguchi.katsudo.core.review.ReviewScheduleForm;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.ListSorting;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.core.web.ShellModelAdvice;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaKind;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.page.Block;
import jp.yamaguchi.katsudo.page.PageEditing;
import jp.yamaguchi.katsudo.page.PageInvalidException;
import jp.yamaguchi.katsudo.page.PageProblem;
import jp.yamaguchi.katsudo.page.PagePublishing;
import jp.yamaguchi.katsudo.page.PageState;
import jp.yamaguchi.katsudo.page.PageView;
import jp.yamaguchi.katsudo.page.Pages;
import jp.yamaguchi.katsudo.page.domain.Page;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's page screens: list, create, the block editor (works without JavaScript: moving,
 * adding and removing blocks re-renders the form with everything typed), preview, publish,
 * unpublish, copy and delete. Business rules live in {@link PageEditing} and {@link
 * PagePublishing}.
 */
@Controller
@RequestMapping("/admin/pages")
class PageAdminController {

  static final String FORM = "pageForm";
  private static final Pattern MOVE = Pattern.compile("(up|down|remove)-(\\d{1,4})");
  static final int MEDIA_CHOICES = 300;
  static final int PAGE_SIZE = 20;
  static final List<String> SORTABLE = List.of("path", "title", "state", "updatedAt");

  private final PageRepository repository;
  private final Pages pages;
  private final PageEditing editing;
  private final PagePublishing publishing;
  private final PageRendering rendering;
  private final MediaLibrary media;
  private final MessageSource messages;
  private final ShellModelAdvice shells;
  private final ReviewSchedule schedule;

  PageAdminController(
      PageRepository repository,
      Pages pages,
      PageEditing editing,
      PagePublishing publishing,
      PageRendering rendering,
      MediaLibrary media,
      MessageSource messages,
      ShellModelAdvice shells,
      ReviewSchedule schedule) {
    this.repository = repository;
    this.pages = pages;
    this.editing = editing;
    this.publishing = publishing;
    this.rendering = rendering;
    this.media = media;
    this.messages = messages;
    this.shells = shells;
    this.schedule = schedule;
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }

  // ---------------------------------------------------------------- list

  @GetMapping
  String list(
      @ModelAttribute("filter") PageFilter filter,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    filter.normalized();
    ListSorting sorting = ListSorting.of(sort, dir, SORTABLE, "path", true);
    String base = filter.baseUrl("/admin/pages");
    model.addAttribute("sorting", sorting);
    model.addAttribute("sortBase", base);
    model.addAttribute("pageBase", base + sorting.query());
    model.addAttribute("siteOptions", siteChoices());
    model.addAttribute("stateOptions", stateChoices());
    model.addAttribute(
        "pages",
        repository.findAll(
            filter.specification(), PageRequest.of(Math.max(0, page), PAGE_SIZE, order(sorting))));
    return "page/admin/list";
  }

  /** The tree order (site, then path) for the URL column; otherwise the shared list order. */
  private static Sort order(ListSorting sorting) {
    if (!sorting.property().equals("path")) return sorting.toSort();
    Sort.Direction d = sorting.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
    return Sort.by(d, "site", "path").and(Sort.by("id").descending());
  }

  // ---------------------------------------------------------------- create

  @GetMapping("/new")
  String newPage(@RequestParam(required = false) String site, Model model) {
    Site s = siteOrNull(site);
    if (s == null) {
      model.addAttribute("choice", new SiteChoiceForm(Site.SUPERNET.name()));
      model.addAttribute("siteOptions", siteChoices());
      return "page/admin/new";
    }
    return formView(s, null, new PageForm(), model);
  }

  @PostMapping("/new")
  String create(
      @RequestParam String site,
      @ModelAttribute(FORM) PageForm form,
      BindingResult binding,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      RedirectAttributes redirect) {
    Site s = siteOrNull(site);
    if (s == null) throw new NotFoundException("site " + site);
    form.dropUnknownBlocks();
    if (structural(form, action, model)) return formView(s, null, form, model);
    if (binding.hasErrors() || !form.parentChosen()) {
      reject(binding, form, editing.check(s, null, form.toInput()));
      return formView(s, null, form, model);
    }
    long id;
    try {
      id = editing.create(s, form.toInput());
    } catch (PageInvalidException e) {
      reject(binding, form, e.problems());
      return formView(s, null, form, model);
    }
    return afterSave(id, action, "page.admin.created", redirect);
  }

  // ---------------------------------------------------------------- edit

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    Page page = get(id);
    return formView(page.getSite(), page, PageForm.of(page), model);
  }

  @PostMapping("/{id}")
  String save(
      @PathVariable long id,
      @ModelAttribute(FORM) PageForm form,
      BindingResult binding,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      RedirectAttributes redirect) {
    Page page = get(id);
    form.dropUnknownBlocks();
    if (structural(form, action, model)) return formView(page.getSite(), page, form, model);
    if (binding.hasErrors() || !form.parentChosen()) {
      reject(binding, form, editing.check(page.getSite(), id, form.toInput()));
      return formView(page.getSite(), page, form, model);
    }
    try {
      editing.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.toInput());
    } catch (PageInvalidException e) {
      reject(binding, form, e.problems());
      return formView(page.getSite(), page, form, model);
    } catch (BusinessException e) {
      binding.reject(e.messageId(), e.arguments(), null);
      return formView(page.getSite(), page, form, model);
    }
    return afterSave(id, action, "page.admin.saved", redirect);
  }

  private String afterSave(
      long id, String action, String savedMessage, RedirectAttributes redirect) {
    switch (action) {
      case "preview" -> {
        return "redirect:/admin/pages/" + id + "/preview";
      }
      case "publish" -> {
        try {
          publishing.publish(id);
          redirect.addFlashAttribute("success", msg("page.admin.published"));
        } catch (PageInvalidException e) {
          redirect.addFlashAttribute("error", msg("page.admin.publishRefused"));
        }
        return "redirect:/admin/pages/" + id;
      }
      default -> {
        redirect.addFlashAttribute("success", msg(savedMessage));
        return "redirect:/admin/pages/" + id;
      }
    }
  }

  /** Moves, adds or removes a block without saving; true when the action was one of those. */
  private boolean structural(PageForm form, String action, Model model) {
    List<BlockForm> blocks = form.getBlocks();
    if ("add".equals(action)) {
      String type = Block.TYPES.contains(form.getNewBlockType()) ? form.getNewBlockType() : "text";
      blocks.add(BlockForm.empty(type));
      model.addAttribute("focusBlock", blocks.size() - 1);
      model.addAttribute(
          "status", msg("page.editor.status.added", blocks.size(), msg("page.block.type." + type)));
      return true;
    }
    Matcher m = MOVE.matcher(action);
    if (!m.matches()) return false;
    int i = Integer.parseInt(m.group(2));
    if (i >= blocks.size()) return true;
    switch (m.group(1)) {
      case "up" -> {
        if (i > 0) {
          Collections.swap(blocks, i, i - 1);
          model.addAttribute("focusBlock", i - 1);
          model.addAttribute("status", msg("page.editor.status.up", i + 1, i));
        }
      }
      case "down" -> {
        if (i < blocks.size() - 1) {
          Collections.swap(blocks, i, i + 1);
          model.addAttribute("focusBlock", i + 1);
          model.addAttribute("status", msg("page.editor.status.down", i + 1, i + 2));
        }
      }
      default -> {
        blocks.remove(i);
        model.addAttribute("focusBlock", blocks.isEmpty() ? -1 : Math.min(i, blocks.size() - 1));
        model.addAttribute("status", msg("page.editor.status.removed", i + 1));
      }
    }
    return true;
  }

  private void reject(BindingResult binding, PageForm form, List<PageProblem> problems) {
    if (!form.parentChosen() && !binding.hasFieldErrors("parent")) {
      binding.rejectValue("parent", "e.page.parent.required");
    }
    for (PageProblem p : problems) {
      if (p.field() == null) {
        binding.reject(p.messageId(), p.arguments(), null);
      } else if (!binding.hasFieldErrors(p.field())
          && !(p.field().equals("parent") && !form.parentChosen())) {
        binding.rejectValue(p.field(), p.messageId(), p.arguments(), null);
      }
    }
  }

  private String formView(Site site, Page page, PageForm form, Model model) {
    model.addAttribute(FORM, form);
    model.addAttribute("site", site);
    model.addAttribute("current", page);
    model.addAttribute(
        "formAction",
        page == null ? "/admin/pages/new?site=" + site.name() : "/admin/pages/" + page.getId());
    model.addAttribute("parentOptions", parentChoices(site, page));
    model.addAttribute("navAreaOptions", navAreaChoices());
    model.addAttribute("levelOptions", levelChoices());
    model.addAttribute("variantOptions", variantChoices());
    model.addAttribute("blockTypeOptions", blockTypeChoices());
    model.addAttribute("imageOptions", mediaChoices(MediaKind.IMAGE, form));
    model.addAttribute("fileOptions", mediaChoices(null, form));
    if (!model.containsAttribute("focusBlock")) model.addAttribute("focusBlock", null);
    if (page != null) {
      ReviewSchedule.Plan plan = schedule.planOf(PageScheduleTarget.CONTENT_TYPE, page.getId());
      model.addAttribute("schedulePlan", plan);
      if (!model.containsAttribute("scheduleForm")) {
        model.addAttribute("scheduleForm", ReviewScheduleForm.of(plan));
      }
    }
    return "page/admin/form";
  }

  // ---------------------------------------------------------------- preview, publishing

  @GetMapping("/{id}/preview")
  String preview(
      @PathVariable long id,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    PageView view = pages.preview(id);
    rendering.fill(model, view);
    model.addAttribute("shell", shells.shellFor(view.href(), request));
    model.addAttribute("preview", true);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    return "page/show";
  }

  @PostMapping("/{id}/publish")
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    get(id);
    try {
      publishing.publish(id);
      redirect.addFlashAttribute("success", msg("page.admin.published"));
    } catch (PageInvalidException e) {
      redirect.addFlashAttribute("error", msg("page.admin.publishRefused"));
    }
    return "redirect:/admin/pages/" + id;
  }

  /** Asks first: taking a page down answers its URL with 404 and drops it from the menus. */
  @GetMapping("/{id}/unpublish")
  String confirmUnpublish(@PathVariable long id, Model model, RedirectAttributes redirect) {
    Page page = get(id);
    if (!page.getState().visible()) {
      redirect.addFlashAttribute("error", msg("e.page.notPublished"));
      return "redirect:/admin/pages/" + id;
    }
    model.addAttribute("current", page);
    model.addAttribute(
        "publicChildren",
        repository.findByParentIdOrderByNavOrderAscTitleAsc(id).stream()
            .filter(c -> c.getState().visible())
            .toList());
    return "page/admin/unpublish";
  }

  @PostMapping("/{id}/unpublish")
  String unpublish(@PathVariable long id, RedirectAttributes redirect) {
    get(id);
    try {
      publishing.unpublish(id);
      redirect.addFlashAttribute("success", msg("page.admin.unpublished"));
    } catch (BusinessException e) {
      redirect.addFlashAttribute("error", msg(e.messageId(), e.arguments()));
    }
    return "redirect:/admin/pages/" + id;
  }

  /** Sets or clears the page's 公開予定日時 and 公開終了日時 ({@link ReviewSchedule}). */
  @PostMapping("/{id}/schedule")
  String schedule(
      @PathVariable long id,
      @ModelAttribute("scheduleForm") ReviewScheduleForm scheduleForm,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    Page page = get(id);
    if (!binding.hasErrors()) {
      try {
        schedule.set(
            PageScheduleTarget.CONTENT_TYPE,
            id,
            scheduleForm.publishInstant(),
            scheduleForm.unpublishInstant(),
            user.getName());
        redirect.addFlashAttribute(
            "success",
            msg(
                scheduleForm.getPublishAt() == null && scheduleForm.getUnpublishAt() == null
                    ? "schedule.cleared"
                    : "schedule.saved"));
        return "redirect:/admin/pages/" + id;
      } catch (BusinessException e) {
        binding.rejectValue(
            e.messageId().startsWith("e.schedule.publishAt") ? "publishAt" : "unpublishAt",
            e.messageId(),
            e.arguments(),
            null);
      }
    }
    return formView(page.getSite(), page, PageForm.of(page), model);
  }

  @PostMapping("/{id}/copy")
  String copy(@PathVariable long id, RedirectAttributes redirect) {
    get(id);
    long copyId = editing.copy(id);
    redirect.addFlashAttribute("success", msg("page.admin.copied"));
    return "redirect:/admin/pages/" + copyId;
  }

  // ---------------------------------------------------------------- delete

  @GetMapping("/{id}/delete")
  String confirmDelete(@PathVariable long id, Model model) {
    Page page = get(id);
    model.addAttribute("current", page);
    model.addAttribute("children", repository.findByParentIdOrderByNavOrderAscTitleAsc(id));
    return "page/admin/delete";
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    Page page = get(id);
    try {
      editing.delete(id);
      schedule.clear(PageScheduleTarget.CONTENT_TYPE, id);
    } catch (BusinessException e) {
      redirect.addFlashAttribute("error", msg(e.messageId(), e.arguments()));
      return "redirect:/admin/pages/" + id + "/delete";
    }
    redirect.addFlashAttribute("success", msg("page.admin.deleted", page.getTitle()));
    return "redirect:/admin/pages";
  }

  // ---------------------------------------------------------------- helpers

  private Page get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("page " + id));
  }

  private static Site siteOrNull(String site) {
    if (site == null) return null;
    for (Site s : Site.values()) if (s.name().equals(site)) return s;
    return null;
  }

  private static Choice choice(String code, String label) {
    return new Choice(code, label, Set.of());
  }

  private List<Choice> siteChoices() {
    List<Choice> out = new ArrayList<>();
    for (Site s : Site.values()) out.add(choice(s.name(), msg("site." + s.key() + ".name")));
    return out;
  }

  private List<Choice> stateChoices() {
    List<Choice> out = new ArrayList<>();
    for (PageState s : PageState.values()) out.add(choice(s.name(), msg("page.state." + s.name())));
    return out;
  }

  private List<Choice> parentChoices(Site site, Page page) {
    List<Choice> out = new ArrayList<>();
    out.add(choice(PageForm.TOP, msg("page.field.parent.top")));
    for (Page p : repository.findBySiteOrderByPathAsc(site)) {
      if (page != null
          && (p.getId().equals(page.getId()) || p.getPath().startsWith(page.getPath() + "/"))) {
        continue;
      }
      if (p.depth() >= PageEditing.MAX_DEPTH) continue;
      out.add(choice(p.getId().toString(), p.getTitle() + "（" + p.publicPath() + "）"));
    }
    return out;
  }

  private List<Choice> navAreaChoices() {
    List<Choice> out = new ArrayList<>();
    for (NavArea a : NavArea.values()) out.add(choice(a.name(), msg("page.navArea." + a.name())));
    return out;
  }

  private List<Choice> levelChoices() {
    return List.of(
        choice("2", msg("page.block.heading.level.2")),
        choice("3", msg("page.block.heading.level.3")),
        choice("4", msg("page.block.heading.level.4")));
  }

  private List<Choice> variantChoices() {
    return List.of(
        choice("info", msg("page.block.callout.variant.info")),
        choice("warning", msg("page.block.callout.variant.warning")));
  }

  private List<Choice> blockTypeChoices() {
    return Block.TYPES.stream().map(t -> choice(t, msg("page.block.type." + t))).toList();
  }

  /** The newest files of a kind (null: every kind), plus any the form already refers to. */
  private List<Choice> mediaChoices(MediaKind kind, PageForm form) {
    Set<Long> ids = new LinkedHashSet<>();
    List<Choice> out = new ArrayList<>();
    for (MediaInfo m : media.newest(kind, MEDIA_CHOICES)) {
      ids.add(m.id());
      out.add(mediaChoice(m));
    }
    Set<Long> missing = new LinkedHashSet<>();
    for (BlockForm b : form.getBlocks()) {
      if (b.getMediaId() != null && !ids.contains(b.getMediaId())) missing.add(b.getMediaId());
    }
    media.findAll(missing).values().stream()
        .filter(m -> kind == null || m.kind() == kind)
        .sorted(java.util.Comparator.comparingLong(MediaInfo::id))
        .forEach(m -> out.add(mediaChoice(m)));
    return out;
  }

  private Choice mediaChoice(MediaInfo m) {
    return choice(
        Long.toString(m.id()),
        m.displayName()
            + "（"
            + msg("media.type." + m.typeKey())
            + "・"
            + m.sizeLabel()
            + "・ID "
            + m.id()
            + "）");
  }
}
