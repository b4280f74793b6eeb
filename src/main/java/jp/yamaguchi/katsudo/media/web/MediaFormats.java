package jp.yamaguchi.katsudo.media.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.springframework.stereotype.Component;

/** Date formatting for the media templates ({@code ${@mediaFormats.dateTime(t)}}), Japan time. */
@Component("mediaFormats")
public class MediaFormats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm").withZone(ClockConfig.ZONE);

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }
}
