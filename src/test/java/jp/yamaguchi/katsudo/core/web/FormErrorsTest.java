package jp.yamaguchi.katsudo.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

class FormErrorsTest {

  /** A form as the admin screens bind them. */
  public static class Form {
    private String name;
    private String password;
    private String currentPassword;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day = LocalDate.of(2026, 4, 1);

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public String getCurrentPassword() {
      return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
      this.currentPassword = currentPassword;
    }

    public LocalDate getDay() {
      return day;
    }

    public void setDay(LocalDate day) {
      this.day = day;
    }
  }

  /** A form without a current-password field. */
  public static class NewPasswordForm {
    private String password;

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }

  private static final Map<String, String> FIELDS =
      Map.of(
          "e.x.password", "password",
          "e.x.password.current", "currentPassword",
          "e.x.name", "name");

  private static BindingResult binding(Object target) {
    DataBinder binder = new DataBinder(target, "form");
    binder.setConversionService(new DefaultFormattingConversionService());
    return binder.getBindingResult();
  }

  @Test
  void aRefusalGoesToTheFieldOfTheLongestMatchingPrefix() {
    BindingResult result = binding(new Form());
    FormErrors.reject(result, new BusinessException("e.x.password.current"), FIELDS);
    assertThat(result.getFieldError("currentPassword")).isNotNull();
    assertThat(result.hasFieldErrors("password")).isFalse();

    FormErrors.reject(result, new BusinessException("e.x.password.length", 12), FIELDS);
    FieldError length = result.getFieldError("password");
    assertThat(length.getCode()).isEqualTo("e.x.password.length");
    assertThat(length.getArguments()).containsExactly(12);
  }

  @Test
  void aPrefixWhoseFieldTheFormLacksFallsBackToAShorterOneOrAboveTheForm() {
    BindingResult result = binding(new NewPasswordForm());
    FormErrors.reject(result, new BusinessException("e.x.password.current"), FIELDS);
    assertThat(result.getFieldError("password").getCode()).isEqualTo("e.x.password.current");

    FormErrors.reject(result, new BusinessException("e.x.name.required"), FIELDS);
    FormErrors.reject(result, new BusinessException("e.other"), FIELDS);
    assertThat(result.getGlobalErrors())
        .extracting(ObjectError::getCode)
        .containsExactly("e.x.name.required", "e.other");
  }

  @Test
  void aFieldThatAlreadyShowsAnErrorKeepsOnlyThatOne() {
    BindingResult result = binding(new Form());
    result.rejectValue("name", "NotBlank");
    FormErrors.reject(result, new BusinessException("e.x.name.required"), FIELDS);
    assertThat(result.getFieldErrors("name"))
        .extracting(FieldError::getCode)
        .containsExactly("NotBlank");
  }

  @Test
  void errorsFollowTheOrderOfTheFieldsAndValuesKeepTheirFormat() {
    BindingResult result = binding(new Form());
    result.rejectValue("password", "p");
    result.reject("global");
    result.rejectValue("currentPassword", "c");
    result.rejectValue("name", "n");
    var model = new ExtendedModelMap();

    FormErrors.order(result, model, List.of("name", "currentPassword", "password"));

    BindingResult ordered = (BindingResult) model.get(BindingResult.MODEL_KEY_PREFIX + "form");
    assertThat(ordered.getAllErrors())
        .extracting(ObjectError::getCode)
        .containsExactly("global", "n", "c", "p");
    assertThat(ordered.getTarget()).isSameAs(result.getTarget());
    assertThat(ordered.getFieldValue("day")).isEqualTo("2026-04-01");
  }

  @Test
  void aFormWithoutErrorsIsLeftAlone() {
    var model = new ExtendedModelMap();
    FormErrors.order(binding(new Form()), model, List.of("name"));
    assertThat(model).isEmpty();
  }
}
