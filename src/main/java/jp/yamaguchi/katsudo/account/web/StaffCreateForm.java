package jp.yamaguchi.katsudo.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;

/** A new staff account with its initial password. */
public class StaffCreateForm {

  @NotBlank(message = "{e.staff.username.required}")
  @Pattern(regexp = StaffAccounts.USERNAME, message = "{e.staff.username.format}")
  private String username;

  @NotBlank(message = "{e.staff.name.required}")
  @Size(max = StaffAccounts.NAME_MAX, message = "{e.staff.name.length}")
  private String displayName;

  @Email(message = "{e.staff.email.format}")
  @Size(max = StaffAccounts.EMAIL_MAX, message = "{e.staff.email.format}")
  private String email;

  @NotNull(message = "{e.staff.role.required}")
  private StaffRole role;

  @NotBlank(message = "{e.staff.password.required}")
  private String password;

  @NotBlank(message = "{e.staff.passwordConfirmation.required}")
  private String passwordConfirmation;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public StaffRole getRole() {
    return role;
  }

  public void setRole(StaffRole role) {
    this.role = role;
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
