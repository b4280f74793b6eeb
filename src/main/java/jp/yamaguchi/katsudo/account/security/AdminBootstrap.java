package jp.yamaguchi.katsudo.account.security;

import jp.yamaguchi.katsudo.account.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When {@code ADMIN_USERNAME} and {@code ADMIN_PASSWORD} are set, makes sure an enabled 管理者 with
 * those credentials exists: the documented way to bootstrap production, and what {@code make run}
 * uses. {@code ADMIN_EMAIL} gives it the address the login code is mailed to (needed when the staff
 * login has a second factor).
 */
@Component
@Order(0)
public class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final StaffAccounts accounts;
  private final String username;
  private final String password;
  private final String email;

  public AdminBootstrap(
      StaffAccounts accounts,
      @Value("${katsudo.admin.username:}") String username,
      @Value("${katsudo.admin.password:}") String password,
      @Value("${katsudo.admin.email:}") String email) {
    this.accounts = accounts;
    this.username = username;
    this.password = password;
    this.email = email;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (username.isBlank() || password.isBlank()) return;
    accounts.ensureAdministrator(username, password, email);
    log.info("administrator account '{}' is ready", username);
  }
}
