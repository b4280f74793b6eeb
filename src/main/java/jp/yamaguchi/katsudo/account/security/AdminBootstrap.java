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
 * uses.
 */
@Component
@Order(0)
public class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final StaffAccounts accounts;
  private final String username;
  private final String password;

  public AdminBootstrap(
      StaffAccounts accounts,
      @Value("${katsudo.admin.username:}") String username,
      @Value("${katsudo.admin.password:}") String password) {
    this.accounts = accounts;
    this.username = username;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (username.isBlank() || password.isBlank()) return;
    accounts.ensureAdministrator(username, password);
    log.info("administrator account '{}' is ready", username);
  }
}
