package jp.yamaguchi.katsudo.core.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dates as people in Japan read them (「2026年4月1日」, 「2026年4月1日 9:05」), for Java code such as mails.
 * The patterns are the messages {@code format.date} and {@code format.datetime}, which templates
 * use directly: {@code ${#temporals.format(d, #messages.msg('format.date'))}}. Instants are shown
 * in Japan time.
 */
@Component
public class JapaneseDates {

  /** The message key of the date pattern, e.g. 「2026年4月1日」. */
  public static final String DATE = "format.date";

  /** The message key of the date-and-time pattern, e.g. 「2026年4月1日 9:05」. */
  public static final String DATE_TIME = "format.datetime";

  private final MessageSource messages;
  private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

  public JapaneseDates(MessageSource messages) {
    this.messages = messages;
  }

  /** 「2026年4月1日」; empty for null. */
  public String date(LocalDate date) {
    return format(DATE, date);
  }

  /** 「2026年4月1日」 in Japan time; empty for null. */
  public String date(Instant instant) {
    return format(DATE, instant == null ? null : instant.atZone(ClockConfig.ZONE));
  }

  /** 「2026年4月1日 9:05」; empty for null. */
  public String dateTime(LocalDateTime dateTime) {
    return format(DATE_TIME, dateTime);
  }

  /** 「2026年4月1日 9:05」 in Japan time; empty for null. */
  public String dateTime(Instant instant) {
    return format(DATE_TIME, instant == null ? null : instant.atZone(ClockConfig.ZONE));
  }

  /** The machine-readable date of a {@code <time datetime>} (ISO, Japan time); empty for null. */
  public String isoDate(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ClockConfig.ZONE));
  }

  private String format(String key, TemporalAccessor value) {
    if (value == null) return "";
    String pattern = messages.getMessage(key, null, Locale.JAPANESE);
    return formatters
        .computeIfAbsent(pattern, p -> DateTimeFormatter.ofPattern(p, Locale.JAPANESE))
        .format(value);
  }
}
