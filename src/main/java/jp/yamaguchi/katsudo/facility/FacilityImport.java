package jp.yamaguchi.katsudo.facility;

import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.facility.domain.BookingState;
import jp.yamaguchi.katsudo.facility.domain.Facility;
import jp.yamaguchi.katsudo.facility.domain.FacilityBookings;
import jp.yamaguchi.katsudo.facility.domain.FacilitySlot;
import org.springframework.stereotype.Service;

/** Bringing bookings in from elsewhere: the demo data and the legacy calendar. */
@Service
public class FacilityImport {

  /**
   * One booked cell.
   *
   * @param state BOOKED, TENTATIVE or UNAVAILABLE (AVAILABLE is no booking)
   * @param booker who booked (staff only), or null
   * @param note the staff's note, or null
   */
  public record Cell(
      long facilityId,
      LocalDate date,
      long slotId,
      Availability state,
      String booker,
      String note) {}

  private final FacilityBookings bookings;

  FacilityImport(FacilityBookings bookings) {
    this.bookings = bookings;
  }

  /** Whether the calendar has no booking at all. */
  public boolean isEmpty() {
    return !bookings.anyBooking();
  }

  /** The ids of the facilities in use, in their order. */
  public List<Long> activeFacilityIds() {
    return bookings.activeFacilities().stream().map(Facility::getId).toList();
  }

  /** The ids of the time slots in use, in their order. */
  public List<Long> activeSlotIds() {
    return bookings.activeSlots().stream().map(FacilitySlot::getId).toList();
  }

  /** Saves the cells (a cell that already has a booking is skipped); returns how many. */
  public int importAll(List<Cell> cells, String actor) {
    return bookings.importAll(
        cells.stream()
            .filter(c -> c.state() != Availability.AVAILABLE)
            .map(
                c ->
                    new FacilityBookings.ImportedBooking(
                        c.facilityId(),
                        c.date(),
                        c.slotId(),
                        BookingState.valueOf(c.state().name()),
                        c.booker(),
                        c.note()))
            .toList(),
        actor);
  }
}
