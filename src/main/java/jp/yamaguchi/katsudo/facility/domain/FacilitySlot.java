package jp.yamaguchi.katsudo.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A time slot of a day (午前, 午後, 夜間 or what staff define), shared by every facility. */
@Entity
@Table(name = "facility_slot")
public class FacilitySlot {

  public static final int MAX_NAME = 50;
  public static final int MAX_HOURS = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Column(length = MAX_HOURS)
  private String hours;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  protected FacilitySlot() {}

  public FacilitySlot(String name, String hours, int sortOrder, boolean active) {
    change(name, hours, sortOrder, active);
  }

  void change(String name, String hours, int sortOrder, boolean active) {
    this.name = name;
    this.hours = hours;
    this.sortOrder = sortOrder;
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getHours() {
    return hours;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
