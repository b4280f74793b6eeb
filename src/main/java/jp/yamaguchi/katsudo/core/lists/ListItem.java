package jp.yamaguchi.katsudo.core.lists;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One choice of a staff-editable list. The code is stable (stored in records); the label and the
 * order may change. Flags mark, for example, which site uses a choice.
 */
@Entity
@Table(name = "list_item")
public class ListItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private ListKey listKey;

  private String code;
  private String label;
  private int sortOrder;
  private String flags = "";
  private boolean active = true;

  protected ListItem() {}

  public ListItem(ListKey listKey, String code, String label, int sortOrder, String flags) {
    this.listKey = listKey;
    this.code = code;
    this.label = label;
    this.sortOrder = sortOrder;
    this.flags = flags == null ? "" : flags;
  }

  public void change(String label, int sortOrder, String flags, boolean active) {
    this.label = label;
    this.sortOrder = sortOrder;
    this.flags = flags == null ? "" : flags;
    this.active = active;
  }

  void reorder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public Set<String> flagSet() {
    return Arrays.stream(flags.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  public Choice choice() {
    return new Choice(code, label, flagSet());
  }

  public Long getId() {
    return id;
  }

  public ListKey getListKey() {
    return listKey;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public String getFlags() {
    return flags;
  }

  public boolean isActive() {
    return active;
  }
}
