package jp.yamaguchi.katsudo.facility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.facility.domain.Booking;
import jp.yamaguchi.katsudo.facility.domain.BookingRepository;
import jp.yamaguchi.katsudo.facility.domain.Facility;
import jp.yamaguchi.katsudo.facility.domain.FacilityRepository;
import jp.yamaguchi.katsudo.facility.domain.FacilitySlot;
import jp.yamaguchi.katsudo.facility.domain.FacilitySlotRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public availability calendar (HOME's variable slot and {@code /facility/calendar}): three
 * queries per month or week (facilities, slots, the bookings), availability only.
 */
@Service
@Transactional(readOnly = true)
public class FacilityCalendar {

  /** Visitors may browse this many months back ... */
  public static final int MONTHS_BACK = 12;

  /** ... and this many months ahead. */
  public static final int MONTHS_AHEAD = 24;

  /** HOME on a phone shows this many days, from today. */
  public static final int WEEK_DAYS = 7;

  /** The public page of the calendar. */
  public static final String PATH = "/facility/calendar";

  private final FacilityRepository facilities;
  private final FacilitySlotRepository slots;
  private final BookingRepository bookings;
  private final Clock clock;

  FacilityCalendar(
      FacilityRepository facilities,
      FacilitySlotRepository slots,
      BookingRepository bookings,
      Clock clock) {
    this.facilities = facilities;
    this.slots = slots;
    this.bookings = bookings;
    this.clock = clock;
  }

  /** This month, in Japan time. */
  public YearMonth currentMonth() {
    return YearMonth.now(clock);
  }

  /** Whether visitors may open the month (a bounded range, so crawlers find no endless pages). */
  public boolean browsable(YearMonth month) {
    YearMonth now = currentMonth();
    return !month.isBefore(now.minusMonths(MONTHS_BACK))
        && !month.isAfter(now.plusMonths(MONTHS_AHEAD));
  }

  /** The availability of every active facility and slot in the month. */
  public AvailabilityMonth month(YearMonth month) {
    Span span = span(month.atDay(1), month.atEndOfMonth());
    YearMonth prev = month.minusMonths(1);
    YearMonth next = month.plusMonths(1);
    return new AvailabilityMonth(
        month,
        browsable(prev) ? prev : null,
        browsable(next) ? next : null,
        span.columns(),
        span.days(),
        LocalDate.now(clock));
  }

  /** The availability from today for {@link #WEEK_DAYS} days (across the end of a month). */
  public AvailabilityWeek week() {
    LocalDate today = LocalDate.now(clock);
    Span span = span(today, today.plusDays(WEEK_DAYS - 1L));
    return new AvailabilityWeek(span.columns(), span.days(), today);
  }

  private record Span(
      List<AvailabilityMonth.FacilityColumns> columns, List<AvailabilityMonth.Day> days) {}

  /** The facilities with their slots and each day from {@code from} to {@code to}, inclusive. */
  private Span span(LocalDate from, LocalDate to) {
    List<Facility> fs = facilities.findByActiveTrueOrderBySortOrderAscIdAsc();
    List<FacilitySlot> ss = slots.findByActiveTrueOrderBySortOrderAscIdAsc();
    Map<String, Availability> state = new HashMap<>();
    for (Booking b : bookings.findByDateBetweenOrderByDateAscFacilityIdAscSlotIdAsc(from, to)) {
      state.put(
          b.getFacilityId() + "/" + b.getDate() + "/" + b.getSlotId(), b.getState().availability());
    }
    List<AvailabilityMonth.Slot> slotHeads =
        ss.stream().map(s -> new AvailabilityMonth.Slot(s.getName(), s.getHours())).toList();
    List<AvailabilityMonth.FacilityColumns> columns =
        fs.stream()
            .map(f -> new AvailabilityMonth.FacilityColumns(f.getName(), slotHeads))
            .toList();
    List<AvailabilityMonth.Day> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      List<Availability> cells = new ArrayList<>();
      for (Facility f : fs) {
        for (FacilitySlot s : ss) {
          cells.add(
              state.getOrDefault(f.getId() + "/" + d + "/" + s.getId(), Availability.AVAILABLE));
        }
      }
      days.add(new AvailabilityMonth.Day(d, List.copyOf(cells)));
    }
    return new Span(columns, days);
  }
}
