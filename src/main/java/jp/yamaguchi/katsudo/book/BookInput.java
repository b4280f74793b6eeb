package jp.yamaguchi.katsudo.book;

/**
 * What is typed or imported for one book; every value as text, the way the catalogue has it.
 *
 * @param receiptNumber 受付番号 (unique; full-width digits are read as half-width)
 * @param title 書籍名
 * @param authors 著者・編集者, or blank
 * @param publisher 発行所, or blank
 * @param publishedText 発行日 as written (「平成17年4月」, 「2005/4/1」, …), or blank
 * @param description 内容説明, or blank
 */
public record BookInput(
    String receiptNumber,
    String title,
    String authors,
    String publisher,
    String publishedText,
    String description) {}
