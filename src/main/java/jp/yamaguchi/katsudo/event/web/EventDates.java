package jp.yamaguchi.katsudo.event.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import jp.yamaguchi.katsudo.core.web.JapaneseDates;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Japanese dates of events for templates ({@code ${@eventDates.range(e)}}): 「2026年12月5日（土）
 * 13:00～15:00」, 「2026年12月5日（土）～12月6日（日）」.
 */
@Component("eventDates")
public class EventDates {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private final JapaneseDates dates;
  private final MessageSource messages;

  EventDates(JapaneseDates dates, MessageSource messages) {
    this.dates = dates;
    this.messages = messages;
  }

  /** 「2026年12月5日（土）」 */
  public String day(LocalDate date) {
    if (date == null) return "";
    return msg("event.date.day", dates.date(date), weekday(date));
  }

  /** 「土」 */
  public String weekday(LocalDate date) {
    return msg("event.weekday." + (date.getDayOfWeek().getValue() % 7));
  }

  /** 「2026年12月」 */
  public String month(YearMonth month) {
    return msg(
        "event.date.month", String.valueOf(month.getYear()), String.valueOf(month.getMonthValue()));
  }

  public String time(LocalTime time) {
    return time == null ? "" : TIME.format(time);
  }

  /** When the event takes place, in one line. */
  public String range(EventItem e) {
    StringBuilder s = new StringBuilder(day(e.getStartDate()));
    if (e.getStartTime() != null) s.append(' ').append(time(e.getStartTime()));
    if (e.multiDay()) {
      s.append(msg("event.date.until")).append(day(e.getEndDate()));
      if (e.getEndTime() != null) s.append(' ').append(time(e.getEndTime()));
    } else if (e.getEndTime() != null) {
      s.append(msg("event.date.until")).append(time(e.getEndTime()));
    }
    return s.toString();
  }

  /** The application period, or empty when there is none. */
  public String applyPeriod(EventItem e) {
    if (e.getApplyFrom() == null && e.getApplyTo() == null) return "";
    String from = e.getApplyFrom() == null ? "" : day(e.getApplyFrom());
    String to = e.getApplyTo() == null ? "" : day(e.getApplyTo());
    return from + msg("event.date.until") + to;
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
