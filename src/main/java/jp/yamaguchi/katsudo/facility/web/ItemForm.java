package jp.yamaguchi.katsudo.facility.web;

import jp.yamaguchi.katsudo.facility.domain.Facility;
import jp.yamaguchi.katsudo.facility.domain.FacilitySlot;

/**
 * A facility (name, description) or a time slot (name, hours) with its position and whether it is
 * in use; {@code detail} is the description or the hours.
 */
public class ItemForm {

  private String name;
  private String detail;
  private Integer sortOrder;
  private boolean active = true;
  private Long version;

  static ItemForm of(Facility f) {
    ItemForm form = new ItemForm();
    form.name = f.getName();
    form.detail = f.getDescription();
    form.sortOrder = f.getSortOrder();
    form.active = f.isActive();
    form.version = f.getVersion();
    return form;
  }

  static ItemForm of(FacilitySlot s) {
    ItemForm form = new ItemForm();
    form.name = s.getName();
    form.detail = s.getHours();
    form.sortOrder = s.getSortOrder();
    form.active = s.isActive();
    form.version = s.getVersion();
    return form;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
