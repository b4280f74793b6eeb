package jp.yamaguchi.katsudo.account;

/** Staff roles: 管理者 may do everything, 編集者 edits content but not users or settings. */
public enum StaffRole {
  ADMIN,
  EDITOR;

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
