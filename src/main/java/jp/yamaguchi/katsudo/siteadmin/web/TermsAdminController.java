package jp.yamaguchi.katsudo.siteadmin.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.content.HtmlText;
import jp.yamaguchi.katsudo.core.terms.Terms;
import jp.yamaguchi.katsudo.core.terms.TermsKind;
import jp.yamaguchi.katsudo.core.terms.TermsText;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 規約: the versions of each terms text and new versions (編集者 and 管理者). */
@Controller
class TermsAdminController {

  static final String BASE = "/admin/terms";

  /** The form's fields from top to bottom: the order of the error summary. */
  private static final List<String> ORDER = List.of("title", "effectiveOn", "body");

  private final Terms terms;
  private final MessageSource messages;

  TermsAdminController(Terms terms, MessageSource messages) {
    this.terms = terms;
    this.messages = messages;
  }

  /** One kind of terms with its versions and which of them applies today. */
  record KindView(
      TermsKind kind, String slug, String name, List<TermsText> versions, Integer currentVersion) {

    public boolean isCurrent(TermsText t) {
      return currentVersion != null && currentVersion == t.version();
    }

    public boolean isUpcoming(TermsText t) {
      return currentVersion == null || t.version() > currentVersion;
    }
  }

  @GetMapping(BASE)
  String index(Model model) {
    model.addAttribute(
        "kinds",
        Arrays.stream(TermsKind.values())
            .map(
                k ->
                    new KindView(
                        k,
                        slug(k),
                        name(k),
                        terms.versions(k),
                        terms.current(k).map(TermsText::version).orElse(null)))
            .toList());
    model.addAttribute("today", terms.today());
    return "siteadmin/terms/index";
  }

  @GetMapping(BASE + "/{kind}/{version}")
  String show(
      @PathVariable("kind") String slug, @PathVariable("version") int version, Model model) {
    TermsKind kind = kind(slug);
    TermsText text =
        terms
            .version(kind, version)
            .orElseThrow(() -> new NotFoundException("terms " + kind + " " + version));
    Optional<TermsText> current = terms.current(kind);
    model.addAttribute("kind", kind);
    model.addAttribute("slug", slug);
    model.addAttribute("kindName", name(kind));
    model.addAttribute("text", text);
    model.addAttribute("isCurrent", current.map(c -> c.version() == text.version()).orElse(false));
    model.addAttribute("isUpcoming", current.map(c -> text.version() > c.version()).orElse(true));
    return "siteadmin/terms/show";
  }

  @GetMapping(BASE + "/{kind}/new")
  String newForm(@PathVariable("kind") String slug, Model model) {
    TermsKind kind = kind(slug);
    var form = new TermsForm();
    terms
        .latest(kind)
        .ifPresent(
            t -> {
              form.setTitle(t.title());
              form.setBody(HtmlText.editable(t.body()));
            });
    form.setEffectiveOn(terms.today());
    model.addAttribute("form", form);
    return formView(kind, model);
  }

  @PostMapping(BASE + "/{kind}/new")
  String create(
      @PathVariable("kind") String slug,
      @Valid @ModelAttribute("form") TermsForm form,
      BindingResult result,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    TermsKind kind = kind(slug);
    if (result.hasErrors()) {
      FormErrors.order(result, model, ORDER);
      return formView(kind, model);
    }
    TermsText created;
    try {
      created =
          terms.create(
              kind, form.getTitle(), form.getBody(), form.getEffectiveOn(), principal.getName());
    } catch (BusinessException e) {
      FormErrors.reject(
          result,
          e,
          Map.of(
              "e.terms.title", "title",
              "e.terms.body", "body",
              "e.terms.effectiveOn", "effectiveOn"));
      FormErrors.order(result, model, ORDER);
      return formView(kind, model);
    }
    redirect.addFlashAttribute(
        "success",
        msg(
            "settings.terms.created",
            created.title(),
            created.version(),
            created.effectiveOn().getYear(),
            created.effectiveOn().getMonthValue(),
            created.effectiveOn().getDayOfMonth()));
    return "redirect:" + BASE;
  }

  private String formView(TermsKind kind, Model model) {
    model.addAttribute("kind", kind);
    model.addAttribute("slug", slug(kind));
    model.addAttribute("kindName", name(kind));
    model.addAttribute("nextVersion", terms.latest(kind).map(t -> t.version() + 1).orElse(1));
    return "siteadmin/terms/form";
  }

  private String name(TermsKind kind) {
    return msg("settings.terms.kind." + kind.name());
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }

  static String slug(TermsKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static TermsKind kind(String slug) {
    return Arrays.stream(TermsKind.values())
        .filter(k -> slug(k).equals(slug))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("terms kind " + slug));
  }
}
