package jp.yamaguchi.katsudo.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A bookable facility of the center, e.g. 印刷機. Staff edit the list; unused ones are inactive. */
@Entity
@Table(name = "facility")
public class Facility {

  public static final int MAX_NAME = 100;
  public static final int MAX_DESCRIPTION = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Column(length = MAX_DESCRIPTION)
  private String description;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  protected Facility() {}

  public Facility(String name, String description, int sortOrder, boolean active) {
    change(name, description, sortOrder, active);
  }

  void change(String name, String description, int sortOrder, boolean active) {
    this.name = name;
    this.description = description;
    this.sortOrder = sortOrder;
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
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
