package jp.yamaguchi.katsudo.siteadmin.web;

import jakarta.validation.groups.Default;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.lists.ListItem;
import jp.yamaguchi.katsudo.core.lists.ListKey;
import jp.yamaguchi.katsudo.core.lists.Lists;
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
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 選択肢リスト: the staff-editable lists of spec §6 (管理者 only). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ListsController {

  static final String BASE = "/admin/settings/lists";

  /** The form's fields from top to bottom: the order of the error summary. */
  private static final List<String> ORDER =
      List.of("code", "label", "sortOrder", "flags", "active");

  private static final Map<String, String> FIELDS =
      Map.of(
          "e.lists.code", "code",
          "e.lists.label", "label",
          "e.lists.flag", "flags");

  private final Lists lists;
  private final MessageSource messages;

  ListsController(Lists lists, MessageSource messages) {
    this.lists = lists;
    this.messages = messages;
  }

  @InitBinder("form")
  void trim(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  /** One row of the index: a list, its name and how many choices it has. */
  record ListRow(ListKey key, String slug, String label, long count) {}

  @GetMapping(BASE)
  String index(Model model) {
    Map<ListKey, Long> counts = lists.counts();
    model.addAttribute(
        "rows",
        Arrays.stream(ListKey.values())
            .map(k -> new ListRow(k, slug(k), label(k), counts.get(k)))
            .toList());
    return "siteadmin/lists/index";
  }

  @GetMapping(BASE + "/{key}")
  String items(@PathVariable("key") String slug, Model model) {
    ListKey key = key(slug);
    model.addAttribute("items", lists.items(key));
    return list(key, model, "siteadmin/lists/items");
  }

  @GetMapping(BASE + "/{key}/new")
  String addForm(@PathVariable("key") String slug, Model model) {
    ListKey key = key(slug);
    var form = new ListItemForm();
    form.setSortOrder(
        lists.items(key).stream().mapToInt(ListItem::getSortOrder).max().orElse(0) + 10);
    model.addAttribute("form", form);
    return formView(key, null, model);
  }

  @PostMapping(BASE + "/{key}/new")
  String add(
      @PathVariable("key") String slug,
      @Validated({Default.class, ListItemForm.Adding.class}) @ModelAttribute("form")
          ListItemForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ListKey key = key(slug);
    if (result.hasErrors()) {
      FormErrors.order(result, model, ORDER);
      return formView(key, null, model);
    }
    try {
      lists.add(key, form.getCode(), form.getLabel(), form.getSortOrder(), form.getFlags());
    } catch (BusinessException e) {
      FormErrors.reject(result, e, FIELDS);
      FormErrors.order(result, model, ORDER);
      return formView(key, null, model);
    }
    redirect.addFlashAttribute("success", msg("settings.lists.added", form.getLabel()));
    return "redirect:" + BASE + "/" + slug(key);
  }

  @GetMapping(BASE + "/{key}/{id}/edit")
  String editForm(@PathVariable("key") String slug, @PathVariable("id") long id, Model model) {
    ListKey key = key(slug);
    ListItem item = lists.item(key, id);
    model.addAttribute("form", ListItemForm.of(item));
    return formView(key, item, model);
  }

  @PostMapping(BASE + "/{key}/{id}/edit")
  String edit(
      @PathVariable("key") String slug,
      @PathVariable("id") long id,
      @Validated @ModelAttribute("form") ListItemForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ListKey key = key(slug);
    ListItem item = lists.item(key, id);
    form.setCode(item.getCode());
    if (result.hasErrors()) {
      FormErrors.order(result, model, ORDER);
      return formView(key, item, model);
    }
    try {
      lists.update(key, id, form.getLabel(), form.getSortOrder(), form.getFlags(), form.isActive());
    } catch (BusinessException e) {
      FormErrors.reject(result, e, FIELDS);
      FormErrors.order(result, model, ORDER);
      return formView(key, item, model);
    }
    redirect.addFlashAttribute("success", msg("settings.lists.saved", form.getLabel()));
    return "redirect:" + BASE + "/" + slug(key);
  }

  @PostMapping(BASE + "/{key}/{id}/move")
  String move(
      @PathVariable("key") String slug,
      @PathVariable("id") long id,
      @RequestParam("direction") String direction,
      RedirectAttributes redirect) {
    ListKey key = key(slug);
    ListItem item = lists.item(key, id);
    boolean up = "up".equals(direction);
    lists.move(key, id, up);
    redirect.addFlashAttribute(
        "success",
        msg(up ? "settings.lists.movedUp" : "settings.lists.movedDown", item.getLabel()));
    return "redirect:" + BASE + "/" + slug(key) + "#item-" + id;
  }

  @GetMapping(BASE + "/{key}/{id}/delete")
  String confirmDelete(@PathVariable("key") String slug, @PathVariable("id") long id, Model model) {
    ListKey key = key(slug);
    ListItem item = lists.item(key, id);
    model.addAttribute("item", item);
    return list(key, model, "siteadmin/lists/delete");
  }

  @PostMapping(BASE + "/{key}/{id}/delete")
  String delete(
      @PathVariable("key") String slug, @PathVariable("id") long id, RedirectAttributes redirect) {
    ListKey key = key(slug);
    ListItem item = lists.item(key, id);
    lists.delete(key, id);
    redirect.addFlashAttribute("success", msg("settings.lists.deleted", item.getLabel()));
    return "redirect:" + BASE + "/" + slug(key);
  }

  private String formView(ListKey key, ListItem item, Model model) {
    model.addAttribute("item", item);
    model.addAttribute(
        "flagOptions",
        Lists.FLAGS.stream()
            .map(f -> new Choice(f, msg("settings.lists.flag." + f), Set.of()))
            .toList());
    return list(key, model, "siteadmin/lists/form");
  }

  private String list(ListKey key, Model model, String view) {
    model.addAttribute("listKey", key);
    model.addAttribute("slug", slug(key));
    model.addAttribute("listLabel", label(key));
    return view;
  }

  private String label(ListKey key) {
    return msg("list." + key.name());
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }

  static String slug(ListKey key) {
    return key.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static ListKey key(String slug) {
    return Arrays.stream(ListKey.values())
        .filter(k -> slug(k).equals(slug))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("list " + slug));
  }
}
