package jp.yamaguchi.katsudo.siteadmin.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.lists.ListItem;
import jp.yamaguchi.katsudo.core.lists.Lists;

/** Adding (code, label, order, flags) or changing (label, order, flags, active) a list choice. */
public class ListItemForm {

  /** Validated only when adding: the code cannot change afterwards. */
  public interface Adding {}

  @NotBlank(message = "{e.lists.code.required}", groups = Adding.class)
  @Pattern(regexp = Lists.CODE, message = "{e.lists.code.format}", groups = Adding.class)
  private String code;

  @NotBlank(message = "{e.lists.label.required}")
  @Size(max = Lists.LABEL_MAX, message = "{e.lists.label.length}")
  private String label;

  @NotNull(message = "{e.lists.sortOrder.required}")
  @Min(value = 0, message = "{e.lists.sortOrder.range}")
  @Max(value = 999_999, message = "{e.lists.sortOrder.range}")
  private Integer sortOrder;

  private List<String> flags = new ArrayList<>();

  private boolean active = true;

  static ListItemForm of(ListItem item) {
    var f = new ListItemForm();
    f.code = item.getCode();
    f.label = item.getLabel();
    f.sortOrder = item.getSortOrder();
    f.flags = new ArrayList<>(item.flagSet());
    f.active = item.isActive();
    return f;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }

  public List<String> getFlags() {
    return flags;
  }

  public void setFlags(List<String> flags) {
    this.flags = flags == null ? new ArrayList<>() : flags;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
