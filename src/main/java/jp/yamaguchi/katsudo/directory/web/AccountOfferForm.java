package jp.yamaguchi.katsudo.directory.web;

/** The login offered after a registration: login ID, mail address and password. */
public class AccountOfferForm {

  private String loginId;
  private String email;
  private String password;

  public String getLoginId() {
    return loginId;
  }

  public void setLoginId(String loginId) {
    this.loginId = loginId;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
