package jp.yamaguchi.katsudo.page;

/**
 * Something wrong with a page's input, for the field it belongs to.
 *
 * @param field the form field, e.g. {@code slug} or {@code blocks[2].alt}; null for the whole page
 * @param messageId the message in {@code i18n/page_ja.properties}
 * @param arguments the message arguments
 */
public record PageProblem(String field, String messageId, Object... arguments) {}
