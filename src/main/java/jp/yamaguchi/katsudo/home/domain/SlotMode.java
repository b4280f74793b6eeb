package jp.yamaguchi.katsudo.home.domain;

/** What the variable slot of Supernet's HOME shows; staff choose. */
public enum SlotMode {
  /** The facility booking calendar of this month. */
  CALENDAR,
  /** A text block staff write. */
  TEXT,
  /** Nothing: the slot is left out. */
  NONE;

  public String messageKey() {
    return "home.admin.slot.mode." + name();
  }
}
