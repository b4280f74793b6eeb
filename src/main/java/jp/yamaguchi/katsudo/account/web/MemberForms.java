package jp.yamaguchi.katsudo.account.web;

/**
 * The small forms of the member pages (login, reset, mypage). Plain beans for data binding; the
 * rules live in {@code MemberAccounts} and {@code PasswordPolicy}.
 */
final class MemberForms {

  private MemberForms() {}

  /** ログイン: a login ID or mail address, the password and where to go afterwards. */
  public static class Login {
    private String loginId;
    private String password;
    private String next;

    public String getLoginId() {
      return loginId;
    }

    public void setLoginId(String loginId) {
      this.loginId = loginId;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public String getNext() {
      return next;
    }

    public void setNext(String next) {
      this.next = next;
    }
  }

  /** A login ID or mail address (password reset, confirmation mail again). */
  public static class Identify {
    private String loginIdOrEmail;

    public String getLoginIdOrEmail() {
      return loginIdOrEmail;
    }

    public void setLoginIdOrEmail(String loginIdOrEmail) {
      this.loginIdOrEmail = loginIdOrEmail;
    }
  }

  /** A new password set through a mailed link. */
  public static class NewPassword {
    private String token;
    private String password;

    public String getToken() {
      return token;
    }

    public void setToken(String token) {
      this.token = token;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }

  /** A single-use link's token confirmed with a button. */
  public static class Token {
    private String token;

    public String getToken() {
      return token;
    }

    public void setToken(String token) {
      this.token = token;
    }
  }

  /** メールアドレスの変更: the new address and the current password. */
  public static class EmailChange {
    private String email;
    private String currentPassword;

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getCurrentPassword() {
      return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
      this.currentPassword = currentPassword;
    }
  }

  /** パスワードの変更: the current password and the new one. */
  public static class PasswordChange {
    private String currentPassword;
    private String password;

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
  }

  /** 退会: the current password and a tick that the person understands. */
  public static class Delete {
    private String currentPassword;
    private boolean confirmed;

    public String getCurrentPassword() {
      return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
      this.currentPassword = currentPassword;
    }

    public boolean isConfirmed() {
      return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
      this.confirmed = confirmed;
    }
  }
}
