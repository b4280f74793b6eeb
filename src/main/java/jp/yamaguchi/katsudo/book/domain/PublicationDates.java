package jp.yamaguchi.katsudo.book.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 発行日 as the catalogue writes it: {@code 2005-04-01}, {@code 2005/4/1}, {@code 2005.4},
 * {@code 2005年4月1日}, {@code 2005年4月}, {@code 2005年}, {@code 平成17年4月1日}, {@code 平成元年}, {@code
 * 令和1年2月13日}, {@code H17.4.1}, {@code R1.5}, full-width digits included. A partial date stands for
 * its first day (「平成17年4月」 → 2005-04-01). Anything else (「2005年春」, 「不明」) cannot be read: the text
 * is kept without a date.
 */
public final class PublicationDates {

  private static final Map<String, Integer> ERA_START =
      Map.ofEntries(
          Map.entry("明治", 1868),
          Map.entry("大正", 1912),
          Map.entry("昭和", 1926),
          Map.entry("平成", 1989),
          Map.entry("令和", 2019),
          Map.entry("M", 1868),
          Map.entry("T", 1912),
          Map.entry("S", 1926),
          Map.entry("H", 1989),
          Map.entry("R", 2019));

  private static final Pattern WESTERN =
      Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");
  private static final Pattern WESTERN_KANJI =
      Pattern.compile("(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?");
  private static final Pattern ERA_KANJI =
      Pattern.compile("(明治|大正|昭和|平成|令和)(元|\\d{1,2})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?");
  private static final Pattern ERA_LETTER =
      Pattern.compile("([MTSHR])(\\d{1,2})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");

  private PublicationDates() {}

  /** The first day the text names, or empty when it cannot be read as a date. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) return Optional.empty();
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    if (s.isEmpty()) return Optional.empty();
    Matcher m;
    if ((m = WESTERN.matcher(s)).matches() || (m = WESTERN_KANJI.matcher(s)).matches()) {
      return date(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
    }
    m = ERA_KANJI.matcher(s);
    if (!m.matches()) m = ERA_LETTER.matcher(s.toUpperCase(java.util.Locale.ROOT));
    if (m.matches()) {
      int eraYear = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
      if (eraYear < 1) return Optional.empty();
      return date(ERA_START.get(m.group(1)) + eraYear - 1, m.group(3), m.group(4));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(int year, String month, String day) {
    if (year < 1800 || year > 2200) return Optional.empty();
    try {
      return Optional.of(
          LocalDate.of(
              year,
              month == null ? 1 : Integer.parseInt(month),
              day == null ? 1 : Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
