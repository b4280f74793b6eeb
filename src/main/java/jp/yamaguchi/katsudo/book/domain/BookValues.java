package jp.yamaguchi.katsudo.book.domain;

import java.time.LocalDate;

/**
 * A book's values after {@link BookRules} cleaned and checked them (blank optional values null).
 */
public record BookValues(
    String receiptNumber,
    String title,
    String authors,
    String publisher,
    String publishedText,
    LocalDate publishedOn,
    String description) {}
