package jp.yamaguchi.katsudo.facility.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's work on facilities, time slots and bookings. Every change the public can see (a
 * booking's state, a facility or slot) announces {@link ContentChanged}, so the cached calendar is
 * replaced at once; a booking's booker and note are not public and change nothing there.
 */
@Service
@Transactional
public class FacilityBookings {

  /** The cell key of the month grid: {@code 2026-11-03_5} (date, slot id). */
  public static final Pattern CELL = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_(\\d{1,18})");

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

  private final FacilityRepository facilities;
  private final FacilitySlotRepository slots;
  private final BookingRepository bookings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FacilityBookings(
      FacilityRepository facilities,
      FacilitySlotRepository slots,
      BookingRepository bookings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.facilities = facilities;
    this.slots = slots;
    this.bookings = bookings;
    this.events = events;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ facilities and slots

  @Transactional(readOnly = true)
  public List<Facility> facilities() {
    return facilities.findAllByOrderBySortOrderAscIdAsc();
  }

  @Transactional(readOnly = true)
  public List<Facility> activeFacilities() {
    return facilities.findByActiveTrueOrderBySortOrderAscIdAsc();
  }

  @Transactional(readOnly = true)
  public List<FacilitySlot> slots() {
    return slots.findAllByOrderBySortOrderAscIdAsc();
  }

  @Transactional(readOnly = true)
  public List<FacilitySlot> activeSlots() {
    return slots.findByActiveTrueOrderBySortOrderAscIdAsc();
  }

  @Transactional(readOnly = true)
  public Facility facility(long id) {
    return facilities.findById(id).orElseThrow(() -> new NotFoundException("facility " + id));
  }

  @Transactional(readOnly = true)
  public FacilitySlot slot(long id) {
    return slots.findById(id).orElseThrow(() -> new NotFoundException("facility slot " + id));
  }

  /** A new facility. */
  public Facility createFacility(String name, String description, int order, boolean active) {
    Facility f =
        new Facility(
            required(name, Facility.MAX_NAME, "name"),
            optional(description, Facility.MAX_DESCRIPTION, "description"),
            order,
            active);
    facilities.save(f);
    changed();
    return f;
  }

  /** Changes a facility; {@code version} is the one the form was made from. */
  public Facility updateFacility(
      long id, long version, String name, String description, int order, boolean active) {
    Facility f = facility(id);
    if (f.getVersion() != version) throw new BusinessException("e.facility.conflict");
    f.change(
        required(name, Facility.MAX_NAME, "name"),
        optional(description, Facility.MAX_DESCRIPTION, "description"),
        order,
        active);
    changed();
    return f;
  }

  /** A new time slot. */
  public FacilitySlot createSlot(String name, String hours, int order, boolean active) {
    FacilitySlot s =
        new FacilitySlot(
            required(name, FacilitySlot.MAX_NAME, "name"),
            optional(hours, FacilitySlot.MAX_HOURS, "hours"),
            order,
            active);
    slots.save(s);
    changed();
    return s;
  }

  /** Changes a time slot; {@code version} is the one the form was made from. */
  public FacilitySlot updateSlot(
      long id, long version, String name, String hours, int order, boolean active) {
    FacilitySlot s = slot(id);
    if (s.getVersion() != version) throw new BusinessException("e.facility.conflict");
    s.change(
        required(name, FacilitySlot.MAX_NAME, "name"),
        optional(hours, FacilitySlot.MAX_HOURS, "hours"),
        order,
        active);
    changed();
    return s;
  }

  // ------------------------------------------------------------------ bookings

  /** The bookings of one facility in a month, by cell key ({@link #cellKey}). */
  @Transactional(readOnly = true)
  public Map<String, Booking> grid(long facilityId, YearMonth month) {
    Map<String, Booking> map = new HashMap<>();
    for (Booking b :
        bookings.findByFacilityIdAndDateBetween(facilityId, month.atDay(1), month.atEndOfMonth())) {
      map.put(cellKey(b.getDate(), b.getSlotId()), b);
    }
    return map;
  }

  /** Every booking of a month, by date, facility and slot. */
  @Transactional(readOnly = true)
  public List<Booking> month(YearMonth month) {
    return bookings.findByDateBetweenOrderByDateAscFacilityIdAscSlotIdAsc(
        month.atDay(1), month.atEndOfMonth());
  }

  public static String cellKey(LocalDate date, long slotId) {
    return date + "_" + slotId;
  }

  /** What saving the month grid did. */
  public record GridResult(int changed, int conflicts) {}

  /**
   * Saves the month grid of one facility. {@code values} maps cell keys to the chosen state (empty:
   * 空き); {@code originals} to the state the form showed. Only cells the editor changed are written;
   * a cell someone else changed meanwhile is left as they saved it and counted as a conflict.
   *
   * @throws BusinessException {@code e.facility.grid.state} for an unknown state or cell
   */
  public GridResult saveGrid(
      long facilityId,
      YearMonth month,
      Map<String, String> originals,
      Map<String, String> values,
      String actor) {
    facility(facilityId);
    Map<Long, FacilitySlot> slotById = new HashMap<>();
    for (FacilitySlot s : slots.findAll()) slotById.put(s.getId(), s);
    Map<String, Booking> current = grid(facilityId, month);
    Instant now = clock.instant();
    int changed = 0;
    int conflicts = 0;
    for (Map.Entry<String, String> e : values.entrySet()) {
      var m = CELL.matcher(e.getKey());
      if (!m.matches()) throw new BusinessException("e.facility.grid.state");
      LocalDate date;
      try {
        date = LocalDate.parse(m.group(1));
      } catch (java.time.DateTimeException ex) {
        throw new BusinessException("e.facility.grid.state");
      }
      long slotId = Long.parseLong(m.group(2));
      if (!YearMonth.from(date).equals(month) || !slotById.containsKey(slotId)) {
        throw new BusinessException("e.facility.grid.state");
      }
      BookingState wanted = state(e.getValue());
      BookingState shown = state(originals.getOrDefault(e.getKey(), ""));
      if (wanted == shown) continue;
      Booking existing = current.get(e.getKey());
      BookingState now0 = existing == null ? null : existing.getState();
      if (now0 != shown) {
        conflicts++;
        continue;
      }
      if (wanted == null) {
        bookings.delete(existing);
      } else if (existing == null) {
        bookings.save(new Booking(facilityId, date, slotId, wanted, actor, now));
      } else {
        existing.changeState(wanted, actor, now);
      }
      changed++;
    }
    if (changed > 0) changed();
    return new GridResult(changed, conflicts);
  }

  private static BookingState state(String value) {
    if (value == null || value.isBlank()) return null;
    try {
      return BookingState.valueOf(value);
    } catch (IllegalArgumentException ex) {
      throw new BusinessException("e.facility.grid.state");
    }
  }

  @Transactional(readOnly = true)
  public Booking booking(long id) {
    return bookings.findById(id).orElseThrow(() -> new NotFoundException("booking " + id));
  }

  @Transactional(readOnly = true)
  public Optional<Booking> booking(long facilityId, LocalDate date, long slotId) {
    return bookings.findByFacilityIdAndDateAndSlotId(facilityId, date, slotId);
  }

  /** Changes a booking's state, booker and note. */
  public Booking updateBooking(
      long id, long version, BookingState state, String booker, String note, String actor) {
    Booking b = booking(id);
    if (b.getVersion() != version) throw new BusinessException("e.facility.conflict");
    if (state == null) throw new BusinessException("e.facility.booking.state.required");
    boolean stateChanged = b.getState() != state;
    b.change(
        state,
        optional(booker, Booking.MAX_BOOKER, "booker"),
        multiline(note, Booking.MAX_NOTE),
        actor,
        clock.instant());
    if (stateChanged) changed();
    return b;
  }

  /** Deletes a booking: the cell is free again. */
  public void deleteBooking(long id) {
    bookings.delete(booking(id));
    changed();
  }

  /** A booking brought in from elsewhere (demo data, the legacy calendar). */
  public record ImportedBooking(
      long facilityId,
      LocalDate date,
      long slotId,
      BookingState state,
      String booker,
      String note) {}

  /** Whether any booking exists (the demo loader runs only on an empty calendar). */
  @Transactional(readOnly = true)
  public boolean anyBooking() {
    return bookings.count() > 0;
  }

  /**
   * Saves imported bookings in batches, skipping cells that already have a booking; announces one
   * change at the end.
   */
  public int importAll(List<ImportedBooking> items, String actor) {
    if (items.isEmpty()) return 0;
    Instant now = clock.instant();
    LocalDate from = items.stream().map(ImportedBooking::date).min(LocalDate::compareTo).get();
    LocalDate to = items.stream().map(ImportedBooking::date).max(LocalDate::compareTo).get();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (Booking b : bookings.findByDateBetweenOrderByDateAscFacilityIdAscSlotIdAsc(from, to)) {
      taken.add(b.getFacilityId() + "/" + cellKey(b.getDate(), b.getSlotId()));
    }
    int n = 0;
    for (ImportedBooking in : items) {
      if (!taken.add(in.facilityId() + "/" + cellKey(in.date(), in.slotId()))) continue;
      Booking b = new Booking(in.facilityId(), in.date(), in.slotId(), in.state(), actor, now);
      b.change(
          in.state(),
          optional(in.booker(), Booking.MAX_BOOKER, "booker"),
          multiline(in.note(), Booking.MAX_NOTE),
          actor,
          now);
      bookings.save(b);
      if (++n % 200 == 0) bookings.flush();
    }
    changed();
    return n;
  }

  /** Bookings from today on, for the dashboard. */
  @Transactional(readOnly = true)
  public long upcoming() {
    return bookings.countByDateGreaterThanEqual(LocalDate.now(clock));
  }

  private void changed() {
    events.publishEvent(new ContentChanged("facility", null));
  }

  private static String required(String s, int max, String field) {
    String v = oneLine(s);
    if (v.isEmpty()) throw new BusinessException("e.facility." + field + ".required");
    if (v.length() > max) throw new BusinessException("e.facility." + field + ".tooLong", max);
    return v;
  }

  private static String optional(String s, int max, String field) {
    String v = oneLine(s);
    if (v.length() > max) throw new BusinessException("e.facility." + field + ".tooLong", max);
    return v.isEmpty() ? null : v;
  }

  private static String multiline(String s, int max) {
    String v = s == null ? "" : s.replace("\r\n", "\n").strip();
    if (v.length() > max) throw new BusinessException("e.facility.note.tooLong", max);
    return v.isEmpty() ? null : v;
  }

  private static String oneLine(String s) {
    return s == null ? "" : CONTROL.matcher(s).replaceAll(" ").strip();
  }
}
