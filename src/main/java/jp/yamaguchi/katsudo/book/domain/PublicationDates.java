package jp.yamaguchi.katsudo.book.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
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

  // The date words as regex escapes (the Java sources hold no Japanese text):
  // \x{5E74} 年, \x{6708} 月, \x{65E5} 日, \x{5143} 元 (the first year of an era).
  private static final String NEN = "\\x{5E74}";
  private static final String TSUKI = "\\x{6708}";
  private static final String HI = "\\x{65E5}";
  private static final String GAN = "\\x{5143}";

  /** An era: its name (kanji, as a regex), its letter and the western year of its first year. */
  private record Era(String kanji, String letter, int start) {}

  private static final List<Era> ERAS =
      List.of(
          new Era("\\x{660E}\\x{6CBB}", "M", 1868), // 明治
          new Era("\\x{5927}\\x{6B63}", "T", 1912), // 大正
          new Era("\\x{662D}\\x{548C}", "S", 1926), // 昭和
          new Era("\\x{5E73}\\x{6210}", "H", 1989), // 平成
          new Era("\\x{4EE4}\\x{548C}", "R", 2019)); // 令和

  private static final Pattern WESTERN =
      Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");
  private static final Pattern WESTERN_KANJI =
      Pattern.compile("(\\d{4})" + NEN + "(?:(\\d{1,2})" + TSUKI + "(?:(\\d{1,2})" + HI + ")?)?");
  private static final String ERA_KANJI_REST =
      "(" + GAN + "|\\d{1,2})" + NEN + "(?:(\\d{1,2})" + TSUKI + "(?:(\\d{1,2})" + HI + ")?)?";
  private static final String ERA_LETTER_REST =
      "(\\d{1,2})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?";
  private static final Map<Era, Pattern[]> ERA_PATTERNS = eraPatterns();

  private static Map<Era, Pattern[]> eraPatterns() {
    Map<Era, Pattern[]> m = new java.util.LinkedHashMap<>();
    for (Era e : ERAS) {
      m.put(
          e,
          new Pattern[] {
            Pattern.compile(e.kanji() + ERA_KANJI_REST),
            Pattern.compile(e.letter() + ERA_LETTER_REST, Pattern.CASE_INSENSITIVE)
          });
    }
    return m;
  }

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
    for (var era : ERA_PATTERNS.entrySet()) {
      for (Pattern p : era.getValue()) {
        m = p.matcher(s);
        if (!m.matches()) continue;
        String y = m.group(1);
        int eraYear = y.chars().allMatch(Character::isDigit) ? Integer.parseInt(y) : 1;
        if (eraYear < 1) return Optional.empty();
        return date(era.getKey().start() + eraYear - 1, m.group(2), m.group(3));
      }
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
