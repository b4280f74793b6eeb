package jp.yamaguchi.katsudo.facility;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The public availability calendar of one month: every active facility with the active time slots,
 * and for each day the availability of each facility and slot, in the same order as the columns.
 * Holds no booker or note, so no template can show them.
 *
 * @param month the month shown
 * @param previous the month before, or null when it is outside the range visitors may browse
 * @param next the month after, or null likewise
 * @param facilities the column groups
 * @param days one row per day of the month
 * @param today today's date (marked in the table)
 */
public record AvailabilityMonth(
    YearMonth month,
    YearMonth previous,
    YearMonth next,
    List<FacilityColumns> facilities,
    List<Day> days,
    LocalDate today) {

  /** A facility and its slots (the columns under it). */
  public record FacilityColumns(String name, List<Slot> slots) {}

  /** A time slot heading, e.g. 午前 9:00〜12:00. */
  public record Slot(String name, String hours) {}

  /** One day: the cells in column order. */
  public record Day(LocalDate date, List<Availability> cells) {

    public boolean sunday() {
      return date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public boolean saturday() {
      return date.getDayOfWeek() == DayOfWeek.SATURDAY;
    }

    /** Message key of the weekday's short name, e.g. 「月」. */
    public String weekdayKey() {
      return "facility.weekday." + date.getDayOfWeek().name();
    }

    /** The cells of one facility (its slots, in order), for the list of days. */
    public List<Availability> cellsOf(List<FacilityColumns> facilities, int facility) {
      int from = 0;
      for (int i = 0; i < facility; i++) from += facilities.get(i).slots().size();
      return cells.subList(from, from + facilities.get(facility).slots().size());
    }

    /** Whether nothing can be booked that day (e.g. the center's closing day). */
    public boolean allUnavailable() {
      return !cells.isEmpty() && cells.stream().allMatch(c -> c == Availability.UNAVAILABLE);
    }
  }

  public boolean empty() {
    return facilities.isEmpty() || facilities.stream().allMatch(f -> f.slots().isEmpty());
  }

  public int columnCount() {
    return facilities.stream().mapToInt(f -> f.slots().size()).sum();
  }
}
