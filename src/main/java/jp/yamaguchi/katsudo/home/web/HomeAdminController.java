package jp.yamaguchi.katsudo.home.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yamaguchi.katsudo.admin.AdminMenuContributor;
import jp.yamaguchi.katsudo.admin.AdminMenuItem;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.home.domain.HomeBanner;
import jp.yamaguchi.katsudo.home.domain.HomeEditing;
import jp.yamaguchi.katsudo.home.domain.SlotMode;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaKind;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * {@code /admin/home}: what HOME's variable slot shows, and the banners. Any staff member may use
 * it (it is content, like the news).
 */
@Controller
@RequestMapping(HomeAdminController.BASE)
class HomeAdminController implements AdminMenuContributor {

  static final String BASE = "/admin/home";
  static final int IMAGE_CHOICES = 200;

  private static final Map<String, String> SLOT_FIELDS =
      Map.of(
          "e.home.slot.mode", "mode",
          "e.home.slot.title", "title",
          "e.home.slot.text", "text");

  private static final Map<String, String> BANNER_FIELDS =
      Map.of(
          "e.home.banner.media", "mediaId",
          "e.home.banner.alt", "altText",
          "e.home.banner.link", "linkUrl",
          "e.home.banner.sortOrder", "sortOrder",
          "e.home.banner.endsOn", "endsOn");

  private static final List<String> BANNER_ORDER =
      List.of("mediaId", "altText", "linkUrl", "sortOrder", "startsOn", "endsOn");

  private final HomeEditing home;
  private final MediaLibrary media;
  private final MessageSource messages;

  HomeAdminController(HomeEditing home, MediaLibrary media, MessageSource messages) {
    this.home = home;
    this.media = media;
    this.messages = messages;
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }

  @Override
  public List<AdminMenuItem> menuItems() {
    return List.of(new AdminMenuItem(AdminMenuItem.CONTENT, msg("home.admin.menu"), BASE, 5));
  }

  // ------------------------------------------------------------------ variable slot

  @GetMapping
  String slot(Model model) {
    model.addAttribute("form", SlotForm.of(home.setting()));
    return slotPage(model);
  }

  @PostMapping
  String saveSlot(
      @ModelAttribute("form") SlotForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) return slotPage(model);
    try {
      home.updateSlot(
          form.getVersion() == null ? -1 : form.getVersion(),
          form.getMode(),
          form.getTitle(),
          form.getText(),
          user.getName());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, SLOT_FIELDS);
      if ("e.home.conflict".equals(e.messageId())) form.setVersion(home.setting().getVersion());
      return slotPage(model);
    } catch (ObjectOptimisticLockingFailureException e) {
      binding.reject("e.home.conflict");
      form.setVersion(home.setting().getVersion());
      return slotPage(model);
    }
    redirect.addFlashAttribute("success", msg("home.admin.slot.saved"));
    return "redirect:" + BASE;
  }

  private String slotPage(Model model) {
    if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form") instanceof BindingResult r) {
      FormErrors.order(r, model, List.of("mode", "title", "text"));
    }
    model.addAttribute(
        "modeOptions",
        Arrays.stream(SlotMode.values())
            .map(m -> new Choice(m.name(), msg(m.messageKey()), Set.of()))
            .toList());
    model.addAttribute("setting", home.setting());
    model.addAttribute("bannerCount", home.banners().size());
    return "home/admin/slot";
  }

  // ------------------------------------------------------------------ banners

  /** A banner with its image (null when the file is gone). */
  record BannerRow(HomeBanner banner, MediaInfo image) {}

  @GetMapping("/banners")
  String banners(Model model) {
    List<HomeBanner> all = home.banners();
    Map<Long, MediaInfo> images = media.findAll(all.stream().map(HomeBanner::getMediaId).toList());
    model.addAttribute(
        "banners", all.stream().map(b -> new BannerRow(b, images.get(b.getMediaId()))).toList());
    return "home/admin/banners";
  }

  @GetMapping("/banners/new")
  String newBanner(@RequestParam(required = false) Long mediaId, Model model) {
    BannerForm form = new BannerForm();
    form.setMediaId(mediaId);
    form.setSortOrder(10 * (home.banners().size() + 1));
    model.addAttribute("form", form);
    return bannerPage(null, model);
  }

  @PostMapping("/banners/new")
  String createBanner(
      @ModelAttribute("form") BannerForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) return bannerPage(null, model);
    try {
      home.createBanner(form.input(), user.getName());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, BANNER_FIELDS);
      return bannerPage(null, model);
    }
    redirect.addFlashAttribute("success", msg("home.admin.banner.created"));
    return "redirect:" + BASE + "/banners";
  }

  @GetMapping("/banners/{id}")
  String editBanner(@PathVariable long id, Model model) {
    HomeBanner b = home.banner(id);
    model.addAttribute("form", BannerForm.of(b));
    return bannerPage(b, model);
  }

  @PostMapping("/banners/{id}")
  String updateBanner(
      @PathVariable long id,
      @ModelAttribute("form") BannerForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    HomeBanner b = home.banner(id);
    if (binding.hasErrors()) return bannerPage(b, model);
    try {
      home.updateBanner(
          id, form.getVersion() == null ? -1 : form.getVersion(), form.input(), user.getName());
    } catch (BusinessException e) {
      FormErrors.reject(binding, e, BANNER_FIELDS);
      if ("e.home.conflict".equals(e.messageId())) form.setVersion(b.getVersion());
      return bannerPage(b, model);
    } catch (ObjectOptimisticLockingFailureException e) {
      binding.reject("e.home.conflict");
      return bannerPage(home.banner(id), model);
    }
    redirect.addFlashAttribute("success", msg("home.admin.banner.saved"));
    return "redirect:" + BASE + "/banners";
  }

  private String bannerPage(HomeBanner banner, Model model) {
    if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form") instanceof BindingResult r) {
      FormErrors.order(r, model, BANNER_ORDER);
    }
    model.addAttribute("banner", banner);
    List<MediaInfo> images =
        new java.util.ArrayList<>(media.newest(MediaKind.IMAGE, IMAGE_CHOICES));
    // the banner's own image stays choosable when it is older than the newest ones
    if (model.getAttribute("form") instanceof BannerForm f
        && f.getMediaId() != null
        && images.stream().noneMatch(m -> m.id() == f.getMediaId())) {
      media.find(f.getMediaId()).filter(MediaInfo::image).ifPresent(images::addFirst);
    }
    model.addAttribute(
        "imageOptions",
        images.stream()
            .map(
                m ->
                    new Choice(
                        String.valueOf(m.id()),
                        msg("home.admin.banner.imageOption", m.originalName(), m.alt()),
                        Set.of()))
            .toList());
    return "home/admin/banner";
  }

  @GetMapping("/banners/{id}/delete")
  String confirmDelete(@PathVariable long id, Model model) {
    model.addAttribute("banner", home.banner(id));
    return "home/admin/banner-delete";
  }

  @PostMapping("/banners/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    home.deleteBanner(id);
    redirect.addFlashAttribute("success", msg("home.admin.banner.deleted"));
    return "redirect:" + BASE + "/banners";
  }
}
