package jp.yamaguchi.katsudo.core.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The errors of a form as the error summary shows them: a service's refusal next to the field it
 * concerns, and every error in the order of the form's fields.
 */
public final class FormErrors {

  private FormErrors() {}

  /**
   * Shows a service's refusal ({@link BusinessException}) next to the field it concerns, or above
   * the form when it concerns none. The field is the one mapped to the longest message-ID prefix
   * that matches (so {@code e.staff.password.current} wins over {@code e.staff.password}) and that
   * the form has. A field that already shows an error keeps only that one.
   *
   * @param fieldByMessagePrefix message-ID prefixes (e.g. {@code e.notice.title}) mapped to the
   *     form field the message belongs to
   */
  public static void reject(
      BindingResult result, BusinessException e, Map<String, String> fieldByMessagePrefix) {
    String field =
        fieldByMessagePrefix.entrySet().stream()
            .filter(entry -> e.messageId().startsWith(entry.getKey()))
            .filter(entry -> result.getFieldType(entry.getValue()) != null)
            .max(Comparator.comparingInt(entry -> entry.getKey().length()))
            .map(Map.Entry::getValue)
            .orElse(null);
    if (field == null) {
      result.reject(e.messageId(), e.arguments(), e.messageId());
    } else if (!result.hasFieldErrors(field)) {
      result.rejectValue(field, e.messageId(), e.arguments(), e.messageId());
    }
  }

  /**
   * Puts a form's errors in the order of its fields, so the error summary reads top to bottom like
   * the form (Bean Validation reports violations in no particular order). Global errors come first.
   * Replaces the binding result in the model with one whose errors follow {@code fields}; fields
   * not listed keep their relative order after the listed ones.
   */
  public static void order(BindingResult binding, Model model, List<String> fields) {
    if (!binding.hasErrors()) return;
    var ordered = new BeanPropertyBindingResult(binding.getTarget(), binding.getObjectName());
    if (binding instanceof AbstractPropertyBindingResult source
        && source.getPropertyAccessor().getConversionService() != null) {
      // values without errors are shown formatted as before (dates, numbers)
      ordered.initConversion(source.getPropertyAccessor().getConversionService());
    }
    binding.getGlobalErrors().forEach(ordered::addError);
    binding.getFieldErrors().stream()
        .sorted(Comparator.comparingInt((FieldError e) -> position(fields, e.getField())))
        .forEach(ordered::addError);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), ordered);
  }

  private static int position(List<String> fields, String field) {
    int i = fields.indexOf(field);
    return i < 0 ? fields.size() : i;
  }
}
