package jp.yamaguchi.katsudo.home.web;

import jp.yamaguchi.katsudo.home.domain.HomeSetting;
import jp.yamaguchi.katsudo.home.domain.SlotMode;

/** The variable slot setting. */
public class SlotForm {

  private SlotMode mode;
  private String title;
  private String text;
  private Long version;

  static SlotForm of(HomeSetting s) {
    SlotForm f = new SlotForm();
    f.mode = s.getSlotMode();
    f.title = s.getSlotTitle();
    f.text = s.getSlotText();
    f.version = s.getVersion();
    return f;
  }

  public SlotMode getMode() {
    return mode;
  }

  public void setMode(SlotMode mode) {
    this.mode = mode;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
