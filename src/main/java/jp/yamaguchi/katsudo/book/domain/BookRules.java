package jp.yamaguchi.katsudo.book.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.book.BookInput;

/**
 * The rules every book follows, whether typed in the admin or imported: required values, lengths,
 * the shape of 受付番号 (full-width characters read as half-width, e.g. 「０１２３」 → 「0123」), and the 発行日
 * read as a date when possible (the text is kept either way).
 */
public final class BookRules {

  public static final int MAX_RECEIPT = 20;
  public static final int MAX_TITLE = 300;
  public static final int MAX_AUTHORS = 300;
  public static final int MAX_PUBLISHER = 200;
  public static final int MAX_PUBLISHED = 50;
  public static final int MAX_DESCRIPTION = 10_000;

  /** Letters, digits and - _ . / only, so a number reads the same everywhere. */
  private static final Pattern RECEIPT = Pattern.compile("[0-9A-Za-z._/-]+");

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

  private BookRules() {}

  /** The cleaned values, or the problems found (never both). */
  public record Checked(BookValues values, List<BookProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public static Checked check(BookInput in) {
    List<BookProblem> problems = new ArrayList<>();
    String receipt = receiptNumber(in.receiptNumber());
    if (receipt == null) {
      problems.add(new BookProblem("receiptNumber", "e.book.receiptNumber.required"));
    } else if (receipt.length() > MAX_RECEIPT) {
      problems.add(new BookProblem("receiptNumber", "e.book.receiptNumber.size", MAX_RECEIPT));
    } else if (!RECEIPT.matcher(receipt).matches()) {
      problems.add(new BookProblem("receiptNumber", "e.book.receiptNumber.format"));
    }
    String title = oneLine(in.title());
    if (title == null) {
      problems.add(new BookProblem("title", "e.book.title.required"));
    } else if (title.length() > MAX_TITLE) {
      problems.add(new BookProblem("title", "e.book.title.size", MAX_TITLE));
    }
    String authors = optional(oneLine(in.authors()), "authors", MAX_AUTHORS, problems);
    String publisher = optional(oneLine(in.publisher()), "publisher", MAX_PUBLISHER, problems);
    String published =
        optional(oneLine(in.publishedText()), "publishedText", MAX_PUBLISHED, problems);
    String description = text(in.description());
    if (description != null && description.length() > MAX_DESCRIPTION) {
      problems.add(new BookProblem("description", "e.book.description.size", MAX_DESCRIPTION));
    }
    if (!problems.isEmpty()) return new Checked(null, List.copyOf(problems));
    return new Checked(
        new BookValues(
            receipt,
            title,
            authors,
            publisher,
            published,
            PublicationDates.parse(published).orElse(null),
            description),
        List.of());
  }

  /** 受付番号 as stored and compared: NFKC (full-width → half-width), no spaces; null when blank. */
  public static String receiptNumber(String s) {
    if (s == null) return null;
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    return n.isEmpty() ? null : n;
  }

  private static String optional(String value, String field, int max, List<BookProblem> problems) {
    if (value != null && value.length() > max) {
      problems.add(new BookProblem(field, "e.book." + field + ".size", max));
    }
    return value;
  }

  /** A one-line value: line breaks and control characters become spaces; null when blank. */
  static String oneLine(String s) {
    if (s == null) return null;
    String v = CONTROL.matcher(s).replaceAll(" ").strip();
    return v.isEmpty() ? null : v;
  }

  /** A multi-line value with its line breaks as \n; null when blank. */
  static String text(String s) {
    if (s == null) return null;
    String v = s.replace("\r\n", "\n").replace('\r', '\n').strip();
    v = v.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    return v.isEmpty() ? null : v;
  }
}
