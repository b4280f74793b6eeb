package jp.yamaguchi.katsudo.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Dates read the Japanese way, from the shared message patterns, Instants in Japan time. */
class JapaneseDatesTest {

  final JapaneseDates dates;

  JapaneseDatesTest() throws Exception {
    dates = new JapaneseDates(WebConfig.japaneseMessages());
  }

  @Test
  void datesAndTimesReadTheJapaneseWay() {
    assertThat(dates.date(LocalDate.of(2026, 4, 1))).isEqualTo("2026年4月1日");
    assertThat(dates.dateTime(LocalDateTime.of(2026, 12, 24, 18, 5)))
        .isEqualTo("2026年12月24日 18:05");
  }

  @Test
  void instantsAreShownInJapanTime() {
    Instant lateEveningUtc = Instant.parse("2026-03-31T15:05:00Z");
    assertThat(dates.date(lateEveningUtc)).isEqualTo("2026年4月1日");
    assertThat(dates.dateTime(lateEveningUtc)).isEqualTo("2026年4月1日 0:05");
  }

  @Test
  void nothingIsEmpty() {
    assertThat(dates.date((LocalDate) null)).isEmpty();
    assertThat(dates.dateTime((Instant) null)).isEmpty();
  }
}
