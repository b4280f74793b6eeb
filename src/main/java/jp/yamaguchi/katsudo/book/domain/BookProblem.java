package jp.yamaguchi.katsudo.book.domain;

/**
 * Something wrong with one value of a book.
 *
 * @param field the value concerned: receiptNumber, title, authors, publisher, publishedText or
 *     description
 * @param messageId the Japanese message in {@code i18n/book_ja.properties}
 * @param arguments the message's arguments
 */
public record BookProblem(String field, String messageId, Object... arguments) {}
