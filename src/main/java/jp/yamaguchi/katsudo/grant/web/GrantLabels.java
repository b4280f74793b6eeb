package jp.yamaguchi.katsudo.grant.web;

import java.util.List;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.lists.ListKey;
import jp.yamaguchi.katsudo.core.lists.Lists;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** The list labels and choices grant pages show ({@code @grantLabels} in templates). */
@Component("grantLabels")
class GrantLabels {

  private final Lists lists;

  GrantLabels(Lists lists) {
    this.lists = lists;
  }

  /** Supernet's activity fields. */
  List<Choice> fieldChoices() {
    return lists.choices(ListKey.ACTIVITY_FIELD, "SUPERNET");
  }

  List<Choice> areaChoices() {
    return lists.choices(ListKey.TARGET_AREA);
  }

  public String fields(List<String> codes) {
    return String.join(
        "\u3001", codes.stream().map(c -> lists.label(ListKey.ACTIVITY_FIELD, c)).toList());
  }

  public String area(String code) {
    return code == null ? null : lists.label(ListKey.TARGET_AREA, code);
  }

  boolean validField(String code) {
    return lists.choices(ListKey.ACTIVITY_FIELD).stream().anyMatch(c -> c.code().equals(code));
  }

  boolean validArea(String code) {
    return areaChoices().stream().anyMatch(c -> c.code().equals(code));
  }

  /** Refuses codes that are not in the staff-edited lists (a forged or outdated form). */
  void checkChoices(GrantForm form, BindingResult binding) {
    if (form.getFields().stream().anyMatch(c -> !validField(c))) {
      binding.rejectValue("fields", "e.grant.fields.unknown");
    }
    if (form.getArea() != null && !form.getArea().isBlank() && !validArea(form.getArea())) {
      binding.rejectValue("area", "e.grant.area.unknown");
    }
  }
}
