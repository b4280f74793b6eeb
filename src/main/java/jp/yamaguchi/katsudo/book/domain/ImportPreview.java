package jp.yamaguchi.katsudo.book.domain;

import java.util.List;

/**
 * What an uploaded catalogue CSV would do.
 *
 * @param token the upload's key, for the import step
 * @param fileName the uploaded file's name
 * @param encoding {@code UTF-8} or {@code Shift_JIS}
 * @param rows how many data rows the file has (blank rows not counted)
 * @param creates how many books would be added
 * @param updates how many existing books (same 受付番号) would change
 * @param unchanged how many rows match their book already
 * @param changes the first {@link BookImports#SHOWN} rows that add or change a book
 * @param errors every problem found; the file can be imported only when there is none
 * @param ignoredHeaders headers of columns that are not catalogue columns (left out)
 * @param unreadableDates how many 発行日 cannot be read as a date (kept as text)
 */
public record ImportPreview(
    String token,
    String fileName,
    String encoding,
    int rows,
    int creates,
    int updates,
    int unchanged,
    List<Change> changes,
    List<RowError> errors,
    List<String> ignoredHeaders,
    int unreadableDates) {

  public boolean ok() {
    return errors.isEmpty();
  }

  /** Whether the import would change anything. */
  public boolean hasChanges() {
    return creates + updates > 0;
  }

  /** A row that adds ({@code created}) or changes a book, with the values it would have. */
  public record Change(int row, boolean created, BookValues values, List<String> changedFields) {

    public boolean dateUnreadable() {
      return values.publishedText() != null && values.publishedOn() == null;
    }
  }

  /**
   * A problem of the file.
   *
   * @param row the spreadsheet row (the header is row 1), or 0 for the file as a whole
   * @param column the column's header, or null when the row as a whole is wrong
   * @param messageId the message in {@code i18n/book_ja.properties}
   * @param arguments its arguments
   */
  public record RowError(int row, String column, String messageId, Object... arguments) {}
}
