package jp.yamaguchi.katsudo.account.web;

/**
 * The filter bar of the staff list: a role and a status ({@code enabled} or {@code disabled}), each
 * empty for all. Unknown values are dropped by the controller, so the bar then shows 「すべて」.
 */
public class StaffFilter {

  private String role;
  private String status;

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
