package jp.yamaguchi.katsudo.page.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.springframework.stereotype.Component;

/** Date formatting for the page templates ({@code ${@pageFormats.dateTime(t)}}), Japan time. */
@Component("pageFormats")
public class PageFormats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm").withZone(ClockConfig.ZONE);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ClockConfig.ZONE);

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  /** The machine-readable value of a {@code <time datetime>}. */
  public String isoDate(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ISO_LOCAL_DATE.withZone(ClockConfig.ZONE).format(instant);
  }
}
