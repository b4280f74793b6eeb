package jp.yamaguchi.katsudo.media.web;

import jakarta.validation.Valid;
import java.util.List;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.web.ListSorting;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaKind;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.media.MediaRejectedException;
import jp.yamaguchi.katsudo.media.domain.MediaProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff's media library: list, upload, describe and delete files. */
@Controller
class MediaAdminController {

  static final int PAGE_SIZE = 20;
  static final List<String> SORTABLE = List.of("createdAt", "originalName", "sizeBytes", "kind");

  private final MediaLibrary library;
  private final MediaProperties properties;
  private final MessageSource messages;

  MediaAdminController(MediaLibrary library, MediaProperties properties, MessageSource messages) {
    this.library = library;
    this.properties = properties;
    this.messages = messages;
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }

  @GetMapping("/admin/media")
  String list(
      @ModelAttribute("filter") MediaFilter filter,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    filter.normalized();
    ListSorting sorting = ListSorting.of(sort, dir, SORTABLE, "createdAt", false);
    String base = filter.baseUrl("/admin/media");
    model.addAttribute("sorting", sorting);
    model.addAttribute("sortBase", base);
    model.addAttribute("pageBase", base + sorting.query());
    model.addAttribute("kinds", kindChoices());
    model.addAttribute(
        "files",
        library.search(
            filter.kindOrNull(),
            filter.getQ(),
            PageRequest.of(Math.max(0, page), PAGE_SIZE, sorting.toSort())));
    return "media/admin/list";
  }

  @GetMapping("/admin/media/new")
  String uploadForm(Model model) {
    model.addAttribute("form", new MediaUploadForm());
    return uploadView(model);
  }

  @PostMapping("/admin/media")
  String upload(
      @Valid @ModelAttribute("form") MediaUploadForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) return uploadView(model);
    var file = form.getFile();
    try {
      MediaInfo stored =
          library.store(
              file == null ? null : file.getOriginalFilename(),
              file == null ? 0 : file.getSize(),
              file,
              form.getAlt(),
              form.getTitle());
      redirect.addFlashAttribute("success", msg("media.admin.uploaded", stored.originalName()));
      return "redirect:/admin/media/" + stored.id();
    } catch (MediaRejectedException e) {
      binding.rejectValue(e.field(), e.messageId(), e.arguments(), null);
      if (!"file".equals(e.field())) {
        binding.rejectValue("file", "e.media.file.again");
      }
      return uploadView(model);
    }
  }

  private String uploadView(Model model) {
    model.addAttribute("maxImage", MediaInfo.sizeLabel(properties.maxImageSize().toBytes()));
    model.addAttribute("maxDocument", MediaInfo.sizeLabel(properties.maxDocumentSize().toBytes()));
    return "media/admin/upload";
  }

  @GetMapping("/admin/media/{id}")
  String edit(@PathVariable long id, Model model) {
    MediaInfo info = get(id);
    var form = new MediaEditForm();
    form.setAlt(info.alt());
    form.setTitle(info.title());
    model.addAttribute("form", form);
    return editView(info, model);
  }

  @PostMapping("/admin/media/{id}")
  String save(
      @PathVariable long id,
      @Valid @ModelAttribute("form") MediaEditForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    MediaInfo info = get(id);
    if (binding.hasErrors()) return editView(info, model);
    try {
      library.describe(id, form.getAlt(), form.getTitle());
    } catch (MediaRejectedException e) {
      binding.rejectValue(e.field(), e.messageId(), e.arguments(), null);
      return editView(info, model);
    }
    redirect.addFlashAttribute("success", msg("media.admin.saved"));
    return "redirect:/admin/media/" + id;
  }

  private String editView(MediaInfo info, Model model) {
    model.addAttribute("file", info);
    model.addAttribute("uses", library.usesOf(info.id()));
    return "media/admin/edit";
  }

  @GetMapping("/admin/media/{id}/delete")
  String confirmDelete(@PathVariable long id, Model model) {
    MediaInfo info = get(id);
    model.addAttribute("file", info);
    model.addAttribute("uses", library.usesOf(id));
    return "media/admin/delete";
  }

  @PostMapping("/admin/media/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    MediaInfo info = get(id);
    try {
      library.delete(id);
    } catch (MediaRejectedException e) {
      redirect.addFlashAttribute("error", msg(e.messageId(), e.arguments()));
      return "redirect:/admin/media/" + id + "/delete";
    }
    redirect.addFlashAttribute("success", msg("media.admin.deleted", info.originalName()));
    return "redirect:/admin/media";
  }

  private MediaInfo get(long id) {
    return library.find(id).orElseThrow(() -> new NotFoundException("media " + id));
  }

  private List<Choice> kindChoices() {
    return List.of(
        new Choice(MediaKind.IMAGE.name(), msg("media.kind.IMAGE"), java.util.Set.of()),
        new Choice(MediaKind.DOCUMENT.name(), msg("media.kind.DOCUMENT"), java.util.Set.of()));
  }
}
