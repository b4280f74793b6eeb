package jp.yamaguchi.katsudo.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.account.StaffSummary;
import jp.yamaguchi.katsudo.support.ClientAddress;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.SessionClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff login (one factor, as in development): the lockout and its admin page, long passwords,
 * hash upgrades, one's own password, and the audit log of staff changes.
 */
@IntegrationTest
@DateSensitive
class StaffLoginSecurityTest {

  private static final String PASSWORD = "Lockout-Pass-2026";

  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired LoginLockout lockout;

  private final String prefix = "sec" + UUID.randomUUID().toString().substring(0, 6);

  @AfterEach
  void cleanUp() {
    accounts.all().stream()
        .filter(a -> a.username().startsWith(prefix))
        .forEach(a -> accounts.delete(a.id(), "cleanup"));
  }

  private StaffSummary staff(String suffix, StaffRole role, String password) {
    return accounts.create(prefix + "-" + suffix, "安全 花子", null, password, role);
  }

  private SessionClient login(String username, String password, String expected) throws Exception {
    SessionClient browser = new SessionClient(mvc);
    browser
        .perform(
            post("/admin/login")
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("username", username)
                .param("password", password))
        .andExpect(redirectedUrl(expected));
    return browser;
  }

  private long audits(String action, String target) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = ? AND target = ?")
        .params(action, target)
        .query(Long.class)
        .single();
  }

  @Test
  void fiveWrongPasswordsLockTheIdUntilTimePassesOrAnAdministratorUnlocks() throws Exception {
    StaffSummary editor = staff("ed", StaffRole.EDITOR, PASSWORD);
    String key = LoginLockout.key("staff", editor.username());
    for (int i = 0; i < 5; i++)
      login(editor.username(), "Wrong-Password-" + i, "/admin/login?error");
    assertThat(lockout.isLocked(key)).isTrue();

    // the right password is refused exactly like a wrong one, and like an unknown ID
    login(editor.username(), PASSWORD, "/admin/login?error");
    login(prefix + "-nobody", PASSWORD, "/admin/login?error");
    mvc.perform(get("/admin/login").param("error", ""))
        .andExpect(content().string(containsString("ログインIDまたはパスワードが正しくありません")))
        .andExpect(content().string(not(containsString("ロック"))))
        .andExpect(content().string(not(containsString("存在"))));

    // 30 minutes later (moved back in the database) it works again
    Instant past = clock.instant().minusSeconds(31 * 60);
    jdbc.sql(
            "UPDATE login_lockout SET locked_until = ?, first_failure_at = ?, last_failure_at = ?"
                + " WHERE login_key = ?")
        .params(Timestamp.from(past), Timestamp.from(past), Timestamp.from(past), key)
        .update();
    SessionClient in = login(editor.username(), PASSWORD, "/admin/");
    in.perform(get("/admin/")).andExpect(status().isOk());

    // locked again; a 管理者 lifts the lock on the lockouts page
    for (int i = 0; i < 5; i++) login(editor.username(), "Wrong-Again-" + i, "/admin/login?error");
    assertThat(lockout.isLocked(key)).isTrue();
    StaffSummary admin = staff("ad", StaffRole.ADMIN, PASSWORD);
    SessionClient adminBrowser = login(admin.username(), PASSWORD, "/admin/");
    String ref = jp.yamaguchi.katsudo.account.web.LockoutsTestAccess.ref(key);
    adminBrowser
        .perform(get("/admin/settings/lockouts"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(editor.username())))
        .andExpect(content().string(containsString("ロック中")));
    adminBrowser
        .perform(get("/admin/settings/lockouts/" + ref + "/unlock"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ロックを解除しますか")));
    // an editor may not
    in.perform(get("/admin/settings/lockouts")).andExpect(status().isForbidden());
    in.perform(post("/admin/settings/lockouts/" + ref + "/unlock").with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(lockout.isLocked(key)).isTrue();

    adminBrowser
        .perform(post("/admin/settings/lockouts/" + ref + "/unlock").with(csrf()))
        .andExpect(redirectedUrl("/admin/settings/lockouts"));
    assertThat(lockout.isLocked(key)).isFalse();
    assertThat(audits("UNLOCK", key)).isEqualTo(1);
    login(editor.username(), PASSWORD, "/admin/");
  }

  @Test
  void mailAddressesAreMaskedOnTheLockoutsPage() throws Exception {
    String typed = prefix + "-someone@example.jp";
    for (int i = 0; i < 2; i++) login(typed, "Wrong-Password-" + i, "/admin/login?error");
    StaffSummary admin = staff("ma", StaffRole.ADMIN, PASSWORD);
    SessionClient browser = login(admin.username(), PASSWORD, "/admin/");
    browser
        .perform(get("/admin/settings/lockouts"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("s***@example.jp")))
        .andExpect(content().string(not(containsString(typed))));
  }

  @Test
  void a128CharacterPasswordWorksAtLogin() throws Exception {
    String longPassword = "長い合言葉 long passphrase 0123456789 ".repeat(4).substring(0, 128);
    assertThat(longPassword).hasSize(128);
    StaffSummary editor = staff("lg", StaffRole.EDITOR, longPassword);
    login(editor.username(), longPassword, "/admin/");
    // the first 72 bytes are not enough (no bcrypt truncation)
    login(editor.username(), longPassword.substring(0, 72), "/admin/login?error");
  }

  @Test
  void aBcryptHashIsUpgradedToArgon2idAtLogin() throws Exception {
    StaffSummary editor = staff("bc", StaffRole.EDITOR, PASSWORD);
    jdbc.sql("UPDATE staff_account SET password_hash = ? WHERE username = ?")
        .params("{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD), editor.username())
        .update();
    login(editor.username(), PASSWORD, "/admin/");
    String hash =
        jdbc.sql("SELECT password_hash FROM staff_account WHERE username = ?")
            .param(editor.username())
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{argon2}$argon2id$");
    login(editor.username(), PASSWORD, "/admin/");
  }

  @Test
  void everyStaffMemberChangesTheirOwnPasswordWithTheCurrentOne() throws Exception {
    StaffSummary editor = staff("pw", StaffRole.EDITOR, PASSWORD);
    SessionClient here = login(editor.username(), PASSWORD, "/admin/");
    SessionClient elsewhere = login(editor.username(), PASSWORD, "/admin/");
    here.perform(get("/admin/account/password"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("autocomplete=\"current-password\"")));

    here.perform(
            post("/admin/account/password")
                .with(csrf())
                .param("currentPassword", "not-my-password")
                .param("password", "Editor-New-Pass-2026")
                .param("passwordConfirmation", "Editor-New-Pass-2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("エラー：パスワードの変更")))
        .andExpect(content().string(containsString("現在のパスワードが正しくありません")));
    here.perform(
            post("/admin/account/password")
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("password", "password1234")
                .param("passwordConfirmation", "password1234"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("よく使われていて")));

    jakarta.servlet.http.Cookie before = here.cookie();
    here.perform(
            post("/admin/account/password")
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("password", "Editor-New-Pass-2026")
                .param("passwordConfirmation", "Editor-New-Pass-2026"))
        .andExpect(redirectedUrl("/admin/account/password"));
    // still signed in, under a new session ID; the old ID no longer works
    assertThat(here.cookie().getValue()).isNotEqualTo(before.getValue());
    here.perform(get("/admin/")).andExpect(status().isOk());
    mvc.perform(get("/admin/").cookie(before)).andExpect(redirectedUrl("/admin/login"));
    elsewhere.perform(get("/admin/")).andExpect(redirectedUrl("/admin/login"));
    login(editor.username(), PASSWORD, "/admin/login?error");
    login(editor.username(), "Editor-New-Pass-2026", "/admin/");
    assertThat(audits("PASSWORD_CHANGE", "staff:" + editor.username())).isEqualTo(1);
  }

  @Test
  void fiveWrongCurrentPasswordsLockTheStaffId() throws Exception {
    StaffSummary editor = staff("cp", StaffRole.EDITOR, PASSWORD);
    String key = LoginLockout.key("staff", editor.username());
    SessionClient here = login(editor.username(), PASSWORD, "/admin/");
    for (int i = 0; i < 5; i++) {
      here.perform(
              post("/admin/account/password")
                  .with(csrf())
                  .param("currentPassword", "Not-My-Password-" + i)
                  .param("password", "Editor-New-Pass-2026")
                  .param("passwordConfirmation", "Editor-New-Pass-2026"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("現在のパスワードが正しくありません")));
    }
    assertThat(lockout.isLocked(key)).isTrue();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_FAILURE' AND target = ?"
                        + " AND detail = 'current password'")
                .param(key)
                .query(Long.class)
                .single())
        .isEqualTo(5);

    // now the right current password is refused the same way, and so is the login
    here.perform(
            post("/admin/account/password")
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("password", "Editor-New-Pass-2026")
                .param("passwordConfirmation", "Editor-New-Pass-2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("現在のパスワードが正しくありません")));
    login(editor.username(), PASSWORD, "/admin/login?error");
    assertThat(audits("PASSWORD_CHANGE", "staff:" + editor.username())).isZero();
    lockout.unlock(key);
  }

  @Test
  void staffChangesAreAudited() {
    StaffSummary editor = staff("au", StaffRole.EDITOR, PASSWORD);
    String target = "staff:" + editor.username();
    accounts.update(editor.id(), "安全 花子", null, StaffRole.ADMIN, true, "some-admin");
    accounts.update(editor.id(), "安全 花子", null, StaffRole.ADMIN, false, "some-admin");
    accounts.update(editor.id(), "安全 花子", null, StaffRole.ADMIN, true, "some-admin");
    accounts.update(
        editor.id(), "安全 花子", prefix + "@example.jp", StaffRole.ADMIN, true, "some-admin");
    accounts.update(
        editor.id(), "安全 花子", prefix + "@example.jp", StaffRole.ADMIN, true, "some-admin");
    accounts.changePassword(editor.id(), "Reset-By-Admin-2026", "some-admin", null);
    accounts.delete(editor.id(), "some-admin");
    assertThat(audits("STAFF_CREATE", target)).isEqualTo(1);
    assertThat(audits("STAFF_PERMISSION_CHANGE", target)).isEqualTo(1);
    assertThat(audits("ACCOUNT_SUSPEND", target)).isEqualTo(1);
    assertThat(audits("ACCOUNT_RESUME", target)).isEqualTo(1);
    // the address the login code goes to: once (the same address again is no change), masked
    assertThat(
            jdbc.sql("SELECT detail FROM audit_log WHERE action = 'EMAIL_CHANGE' AND target = ?")
                .param(target)
                .query(String.class)
                .list())
        .containsExactly("(none) -> " + prefix.charAt(0) + "***@example.jp");
    assertThat(audits("PASSWORD_CHANGE", target)).isEqualTo(1);
    assertThat(audits("STAFF_DELETE", target)).isEqualTo(1);
  }
}
