package jp.yamaguchi.katsudo.facility;

import java.time.LocalDate;
import java.util.List;

/**
 * The availability of the next days from today (HOME's compact week on a phone): the same columns
 * and days as {@link AvailabilityMonth}, without a month. Holds no booker or note.
 *
 * @param facilities the facilities and their slots
 * @param days one entry per day, from today
 * @param today today's date
 */
public record AvailabilityWeek(
    List<AvailabilityMonth.FacilityColumns> facilities,
    List<AvailabilityMonth.Day> days,
    LocalDate today) {

  public boolean empty() {
    return facilities.isEmpty() || facilities.stream().allMatch(f -> f.slots().isEmpty());
  }
}
