package jp.yamaguchi.katsudo.account.web;

import jakarta.validation.constraints.NotBlank;

/** A new password for a staff account; the current one too when it is one's own. */
public class StaffPasswordForm {

  private String currentPassword;

  @NotBlank(message = "{e.staff.password.required}")
  private String password;

  @NotBlank(message = "{e.staff.passwordConfirmation.required}")
  private String passwordConfirmation;

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordConfirmation() {
    return passwordConfirmation;
  }

  public void setPasswordConfirmation(String passwordConfirmation) {
    this.passwordConfirmation = passwordConfirmation;
  }
}
