package jp.yamaguchi.katsudo.core.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts a form's errors in the order of its fields, so the error summary reads top to bottom like
 * the form (Bean Validation reports violations in no particular order). Global errors come first.
 */
public final class FormErrors {

  private FormErrors() {}

  /**
   * Replaces the binding result in the model with one whose errors follow {@code fields}; fields
   * not listed keep their relative order after the listed ones.
   */
  public static void order(BindingResult binding, Model model, List<String> fields) {
    if (!binding.hasErrors()) return;
    var ordered = new BeanPropertyBindingResult(binding.getTarget(), binding.getObjectName());
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
