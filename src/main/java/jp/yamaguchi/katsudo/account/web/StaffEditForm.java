package jp.yamaguchi.katsudo.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.account.StaffSummary;

/** What a 管理者 may change of a staff account (the login ID stays). */
public class StaffEditForm {

  @NotBlank(message = "{e.staff.name.required}")
  @Size(max = StaffAccounts.NAME_MAX, message = "{e.staff.name.length}")
  private String displayName;

  @Email(message = "{e.staff.email.format}")
  @Size(max = StaffAccounts.EMAIL_MAX, message = "{e.staff.email.format}")
  private String email;

  @NotNull(message = "{e.staff.role.required}")
  private StaffRole role;

  private boolean enabled;

  static StaffEditForm of(StaffSummary s) {
    var f = new StaffEditForm();
    f.displayName = s.displayName();
    f.email = s.email();
    f.role = s.role();
    f.enabled = s.enabled();
    return f;
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

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
