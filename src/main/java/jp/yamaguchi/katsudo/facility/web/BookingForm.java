package jp.yamaguchi.katsudo.facility.web;

import jp.yamaguchi.katsudo.facility.domain.Booking;
import jp.yamaguchi.katsudo.facility.domain.BookingState;

/** One booking's state, booker and staff note. */
public class BookingForm {

  private BookingState state;
  private String booker;
  private String note;
  private Long version;

  static BookingForm of(Booking b) {
    BookingForm f = new BookingForm();
    f.state = b.getState();
    f.booker = b.getBooker();
    f.note = b.getNote();
    f.version = b.getVersion();
    return f;
  }

  public BookingState getState() {
    return state;
  }

  public void setState(BookingState state) {
    this.state = state;
  }

  public String getBooker() {
    return booker;
  }

  public void setBooker(String booker) {
    this.booker = booker;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
