package jp.yamaguchi.katsudo.core.web;

/**
 * A failure the user can fix, carrying a message ID from {@code i18n/*_ja.properties} and its
 * arguments. Controllers turn it into a form error or a flash message; never a stack trace.
 */
public class BusinessException extends RuntimeException {

  private final String messageId;
  private final transient Object[] arguments;

  public BusinessException(String messageId, Object... arguments) {
    super(messageId);
    this.messageId = messageId;
    this.arguments = arguments;
  }

  public String messageId() {
    return messageId;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
