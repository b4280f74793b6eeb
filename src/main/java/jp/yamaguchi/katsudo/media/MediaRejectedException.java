package jp.yamaguchi.katsudo.media;

import jp.yamaguchi.katsudo.core.web.BusinessException;

/**
 * An upload or change the library refuses, with the form field the message belongs to ({@code
 * file}, {@code alt} or {@code title}). Nothing was stored.
 */
public class MediaRejectedException extends BusinessException {

  private final String field;

  public MediaRejectedException(String field, String messageId, Object... arguments) {
    super(messageId, arguments);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
