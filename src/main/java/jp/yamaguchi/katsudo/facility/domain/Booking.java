package jp.yamaguchi.katsudo.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import jp.yamaguchi.katsudo.core.crypto.EncryptedString;

/**
 * One booked (or blocked) cell: a facility, a date and a time slot. {@code booker} (who booked:
 * personal data, encrypted) and {@code note} are for staff only.
 */
@Entity
@Table(name = "facility_booking")
public class Booking {

  public static final int MAX_BOOKER = 100;
  public static final int MAX_NOTE = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "facility_id", nullable = false)
  private long facilityId;

  @Column(name = "booking_date", nullable = false)
  private LocalDate date;

  @Column(name = "slot_id", nullable = false)
  private long slotId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BookingState state;

  @Convert(converter = EncryptedString.class)
  private String booker;

  @Column(length = MAX_NOTE)
  private String note;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private long version;

  protected Booking() {}

  public Booking(
      long facilityId, LocalDate date, long slotId, BookingState state, String actor, Instant at) {
    this.facilityId = facilityId;
    this.date = date;
    this.slotId = slotId;
    this.state = state;
    this.createdAt = at;
    this.createdBy = actor;
    this.updatedAt = at;
    this.updatedBy = actor;
  }

  void change(BookingState state, String booker, String note, String actor, Instant at) {
    this.state = state;
    this.booker = booker;
    this.note = note;
    touch(actor, at);
  }

  void changeState(BookingState state, String actor, Instant at) {
    this.state = state;
    touch(actor, at);
  }

  private void touch(String actor, Instant at) {
    this.updatedAt = at;
    this.updatedBy = actor;
  }

  public Long getId() {
    return id;
  }

  public long getFacilityId() {
    return facilityId;
  }

  public LocalDate getDate() {
    return date;
  }

  public long getSlotId() {
    return slotId;
  }

  public BookingState getState() {
    return state;
  }

  public String getBooker() {
    return booker;
  }

  public String getNote() {
    return note;
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
