package jp.yamaguchi.katsudo.event.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.event.domain.EventItem;

/**
 * A month as the calendar table shows it: weeks from Sunday to Saturday, each cell a day of the
 * month (or null before the 1st and after the last day) with the events that take place on it; an
 * event spanning several days is on each of them.
 */
record MonthCalendar(YearMonth month, List<List<Day>> weeks, List<EventItem> events) {

  record Day(LocalDate date, List<EventItem> events, boolean today) {
    public int number() {
      return date.getDayOfMonth();
    }

    /** 0 = Sunday ... 6 = Saturday. */
    public int weekday() {
      return date.getDayOfWeek().getValue() % 7;
    }
  }

  static MonthCalendar of(YearMonth month, List<EventItem> events, LocalDate today) {
    List<List<Day>> weeks = new ArrayList<>();
    List<Day> week = new ArrayList<>();
    int lead = month.atDay(1).getDayOfWeek().getValue() % 7;
    for (int i = 0; i < lead; i++) week.add(null);
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      LocalDate date = month.atDay(d);
      List<EventItem> on = events.stream().filter(e -> e.on(date)).toList();
      week.add(new Day(date, on, date.equals(today)));
      if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
        weeks.add(week);
        week = new ArrayList<>();
      }
    }
    if (!week.isEmpty()) {
      while (week.size() < 7) week.add(null);
      weeks.add(week);
    }
    return new MonthCalendar(month, weeks, events);
  }
}
