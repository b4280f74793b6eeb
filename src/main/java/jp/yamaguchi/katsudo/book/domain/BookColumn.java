package jp.yamaguchi.katsudo.book.domain;

/**
 * The columns of the catalogue CSV, in export order. Their Japanese headers (and the other headers
 * the import also accepts) are the messages {@code book.csv.header.<NAME>} and {@code
 * book.csv.aliases.<NAME>}.
 */
public enum BookColumn {
  RECEIPT_NUMBER("receiptNumber", true),
  TITLE("title", true),
  AUTHORS("authors", false),
  PUBLISHER("publisher", false),
  PUBLISHED("publishedText", false),
  DESCRIPTION("description", false);

  private final String field;
  private final boolean required;

  BookColumn(String field, boolean required) {
    this.field = field;
    this.required = required;
  }

  /** The book value it holds (the form's field name). */
  public String field() {
    return field;
  }

  /** Whether a file without this column is refused. */
  public boolean required() {
    return required;
  }

  public String headerKey() {
    return "book.csv.header." + name();
  }

  public String aliasesKey() {
    return "book.csv.aliases." + name();
  }

  /** The column of a book value. */
  public static BookColumn ofField(String field) {
    for (BookColumn c : values()) if (c.field.equals(field)) return c;
    throw new IllegalArgumentException(field);
  }
}
