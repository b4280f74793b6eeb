package jp.yamaguchi.katsudo.siteadmin.web;

import java.util.Map;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import org.springframework.validation.BindingResult;

/** Shows a service's refusal next to the field it concerns, or above the form. */
final class FormErrors {

  private FormErrors() {}

  /**
   * @param fieldByMessagePrefix message-ID prefixes (e.g. {@code e.notice.title}) mapped to the
   *     form field the message belongs to
   */
  static void reject(
      BindingResult result, BusinessException e, Map<String, String> fieldByMessagePrefix) {
    for (var entry : fieldByMessagePrefix.entrySet()) {
      if (e.messageId().startsWith(entry.getKey())) {
        if (!result.hasFieldErrors(entry.getValue())) {
          result.rejectValue(entry.getValue(), e.messageId(), e.arguments(), e.messageId());
        }
        return;
      }
    }
    result.reject(e.messageId(), e.arguments(), e.messageId());
  }
}
