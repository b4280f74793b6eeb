package jp.yamaguchi.katsudo.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.yamaguchi.katsudo.book.domain.PublicationDates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 発行日 as the legacy catalogue writes it. */
class PublicationDatesTest {

  @ParameterizedTest
  @CsvSource({
    "2015-08-14, 2015-08-14",
    "1998/12/9, 1998-12-09",
    "2005.4, 2005-04-01",
    "2005, 2005-01-01",
    "1995年2月, 1995-02-01",
    "2018年1月, 2018-01-01",
    "2005年, 2005-01-01",
    "平成7年9月16日, 1995-09-16",
    "平成17年4月, 2005-04-01",
    "平成元年, 1989-01-01",
    "令和1年2月13日, 2019-02-13",
    "昭和63年, 1988-01-01",
    "H17.4.1, 2005-04-01",
    "h9.10.3, 1997-10-03",
    "R1.5, 2019-05-01",
    "２００５年４月, 2005-04-01",
    "平成１７年４月１日, 2005-04-01",
    "' 2001-11-05 ', 2001-11-05"
  })
  void readsTheCatalogueForms(String text, LocalDate expected) {
    assertThat(PublicationDates.parse(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "不明", "2005年春", "2005-02-30", "平成17年13月", "H0.1.1", "12345", "2005年頃"})
  void keepsWhatItCannotReadWithoutADate(String text) {
    assertThat(PublicationDates.parse(text)).isEmpty();
  }
}
