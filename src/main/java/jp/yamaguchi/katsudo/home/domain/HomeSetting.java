package jp.yamaguchi.katsudo.home.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one row of HOME settings (id 1): the variable slot. */
@Entity
@Table(name = "home_setting")
public class HomeSetting {

  public static final int MAX_TITLE = 100;
  public static final int MAX_TEXT = 4000;

  @Id private Integer id;

  @Enumerated(EnumType.STRING)
  @Column(name = "slot_mode", nullable = false, length = 20)
  private SlotMode slotMode;

  @Column(name = "slot_title", length = MAX_TITLE)
  private String slotTitle;

  @Column(name = "slot_text", length = MAX_TEXT)
  private String slotText;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 100)
  private String updatedBy;

  @Version private long version;

  protected HomeSetting() {}

  void change(SlotMode mode, String title, String text, String actor, Instant at) {
    this.slotMode = mode;
    this.slotTitle = title;
    this.slotText = text;
    this.updatedBy = actor;
    this.updatedAt = at;
  }

  public SlotMode getSlotMode() {
    return slotMode;
  }

  public String getSlotTitle() {
    return slotTitle;
  }

  public String getSlotText() {
    return slotText;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
