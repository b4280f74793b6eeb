/**
 * 蔵書: the center's book catalogue. Staff keep it in the admin (one by one, or by importing the
 * center's spreadsheet as CSV with a preview, per-row errors and an all-or-nothing import) and
 * export it as CSV; the public browses and searches it at {@code /books}. No review workflow (a
 * staff-only catalogue), but every change is kept by Envers.
 *
 * <p>Public API: {@link jp.yamaguchi.katsudo.book.Books} (bulk import for demo data and the legacy
 * migration) and {@link jp.yamaguchi.katsudo.book.BookInput}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Books")
package jp.yamaguchi.katsudo.book;
