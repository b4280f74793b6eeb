package jp.yamaguchi.katsudo.siteadmin.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.core.settings.SiteSetting;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** サイト設定: analytics, SNS links and the center's contact, one form per site (管理者 only). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SiteSettingsController {

  private static final String BASE = "/admin/settings/site";

  /** The form's fields from top to bottom: the order of the error summary. */
  private static final List<String> ORDER =
      List.of(
          "ga4MeasurementId",
          "facebookUrl",
          "xUrl",
          "instagramUrl",
          "lineUrl",
          "youtubeUrl",
          "contactName",
          "contactPostalCode",
          "contactAddress",
          "contactPhone",
          "contactFax",
          "contactEmail",
          "contactHours");

  private final SiteSettings settings;
  private final MessageSource messages;

  SiteSettingsController(SiteSettings settings, MessageSource messages) {
    this.settings = settings;
    this.messages = messages;
  }

  @InitBinder("form")
  void trim(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @GetMapping(BASE)
  String index() {
    return "redirect:" + BASE + "/" + Site.SUPERNET.key();
  }

  @GetMapping(BASE + "/{site}")
  String edit(@PathVariable("site") String key, Model model) {
    Site site = site(key);
    model.addAttribute("form", SiteSettingsForm.of(settings.editable(site)));
    return view(site, model);
  }

  @PostMapping(BASE + "/{site}")
  String save(
      @PathVariable("site") String key,
      @Valid @ModelAttribute("form") SiteSettingsForm form,
      BindingResult result,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    Site site = site(key);
    if (result.hasErrors()) {
      FormErrors.order(result, model, ORDER);
      return view(site, model);
    }
    SiteSetting setting = settings.editable(site);
    form.applyTo(setting);
    try {
      settings.save(setting, principal.getName());
    } catch (BusinessException e) {
      FormErrors.reject(
          result,
          e,
          Map.of(
              "e.settings.ga4", "ga4MeasurementId",
              "e.settings.contactName", "contactName",
              "e.settings.postalCode", "contactPostalCode"));
      FormErrors.order(result, model, ORDER);
      return view(site, model);
    }
    redirect.addFlashAttribute(
        "success",
        messages.getMessage(
            "settings.site.saved", new Object[] {siteName(site)}, LocaleContextHolder.getLocale()));
    return "redirect:" + BASE + "/" + site.key();
  }

  private String view(Site site, Model model) {
    model.addAttribute("site", site);
    model.addAttribute("sites", Site.values());
    model.addAttribute("siteName", siteName(site));
    return "siteadmin/settings/site";
  }

  private String siteName(Site site) {
    return messages.getMessage(
        "site." + site.key() + ".name", null, LocaleContextHolder.getLocale());
  }

  private static Site site(String key) {
    return Arrays.stream(Site.values())
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("site " + key));
  }
}
