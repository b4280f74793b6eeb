package jp.yamaguchi.katsudo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change to someone's rights or password ends their sessions (stored by Spring Session JDBC), so
 * the next request of a suspended, demoted, deleted or re-passworded member goes to the login page.
 */
@IntegrationTest
class StaffSessionsTest {

  private static final String PASSWORD = "Session-Password-2026";

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;
  @Autowired FindByIndexNameSessionRepository<? extends Session> sessions;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;

  private final String prefix = "sess" + UUID.randomUUID().toString().substring(0, 6);

  @AfterEach
  void cleanUp() {
    accounts.all().stream()
        .filter(a -> a.username().startsWith(prefix))
        .forEach(a -> accounts.delete(a.id(), "cleanup"));
  }

  private Cookie signIn(String username, String password) throws Exception {
    Cookie cookie =
        mvc.perform(formLogin("/admin/login").user(username).password(password))
            .andExpect(redirectedUrl("/admin/"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    assertThat(cookie).as("session cookie of " + username).isNotNull();
    mvc.perform(get("/admin/").cookie(cookie)).andExpect(status().isOk());
    return cookie;
  }

  private void expectSignedOut(Cookie cookie) throws Exception {
    mvc.perform(get("/admin/").cookie(cookie))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/login"));
  }

  @Test
  void sessionsAreStoredInTheDatabaseIndexedByLogin() {
    assertThat(sessions).isInstanceOf(JdbcIndexedSessionRepository.class);
  }

  @Test
  void aSuspendedEditorIsSignedOutAtTheNextRequest() throws Exception {
    StaffSummary editor =
        accounts.create(prefix + "-ed", "下松 三郎", null, PASSWORD, StaffRole.EDITOR);
    Cookie cookie = signIn(editor.username(), PASSWORD);
    assertThat(sessions.findByPrincipalName(editor.username())).hasSize(1);

    accounts.update(editor.id(), "下松 三郎", null, StaffRole.EDITOR, false, "another-admin");

    assertThat(sessions.findByPrincipalName(editor.username())).isEmpty();
    expectSignedOut(cookie);
  }

  @Test
  void aDemotedAdministratorLosesTheSessionWithTheOldRights() throws Exception {
    StaffSummary admin = accounts.create(prefix + "-ad", "光 四郎", null, PASSWORD, StaffRole.ADMIN);
    Cookie cookie = signIn(admin.username(), PASSWORD);
    mvc.perform(get("/admin/staff").cookie(cookie)).andExpect(status().isOk());

    accounts.update(admin.id(), "光 四郎", null, StaffRole.EDITOR, true, "another-admin");

    expectSignedOut(cookie);
    // signing in again gives the new, smaller rights
    Cookie again = signIn(admin.username(), PASSWORD);
    mvc.perform(get("/admin/staff").cookie(again)).andExpect(status().isForbidden());
  }

  @Test
  void aChangeOfNameKeepsTheSessionAChangeOfEmailEndsIt() throws Exception {
    StaffSummary editor =
        accounts.create(prefix + "-nm", "柳井 五郎", null, PASSWORD, StaffRole.EDITOR);
    Cookie cookie = signIn(editor.username(), PASSWORD);

    accounts.update(editor.id(), "柳井 五郎郎", null, StaffRole.EDITOR, true, "another-admin");
    mvc.perform(get("/admin/").cookie(cookie)).andExpect(status().isOk());

    // the address receives the login code with two factors: a change ends the sessions
    accounts.update(
        editor.id(), "柳井 五郎郎", "goro@example.jp", StaffRole.EDITOR, true, "another-admin");
    expectSignedOut(cookie);
    assertThat(sessions.findByPrincipalName(editor.username())).isEmpty();
  }

  @Test
  void anEmailSetByTheBootstrapIsAuditedAndEndsTheSessions() throws Exception {
    StaffSummary admin = accounts.create(prefix + "-bt", "岩国 九郎", null, PASSWORD, StaffRole.ADMIN);
    Cookie cookie = signIn(admin.username(), PASSWORD);

    accounts.ensureAdministrator(admin.username(), PASSWORD, "kuro@example.jp");
    assertThat(accounts.get(admin.id()).email()).isEqualTo("kuro@example.jp");
    expectSignedOut(cookie);
    assertThat(
            jdbc.sql(
                    "SELECT actor, detail FROM audit_log WHERE action = 'EMAIL_CHANGE'"
                        + " AND target = ?")
                .param("staff:" + admin.username())
                .query((rs, i) -> rs.getString(1) + " " + rs.getString(2))
                .list())
        .containsExactly("system (none) -> k***@example.jp");

    // the same address again changes nothing
    Cookie again = signIn(admin.username(), PASSWORD);
    accounts.ensureAdministrator(admin.username(), PASSWORD, "kuro@example.jp");
    mvc.perform(get("/admin/").cookie(again)).andExpect(status().isOk());
  }

  @Test
  void aPasswordResetByAnAdministratorAndADeletionEndTheSessions() throws Exception {
    StaffSummary editor =
        accounts.create(prefix + "-pw", "美祢 六郎", null, PASSWORD, StaffRole.EDITOR);
    Cookie cookie = signIn(editor.username(), PASSWORD);
    accounts.changePassword(editor.id(), "Reset-By-Admin-2026", "another-admin", null);
    expectSignedOut(cookie);

    Cookie again = signIn(editor.username(), "Reset-By-Admin-2026");
    accounts.delete(editor.id(), "another-admin");
    expectSignedOut(again);
    assertThat(sessions.findByPrincipalName(editor.username())).isEmpty();
  }

  @Test
  void changingOnesOwnPasswordKeepsTheCurrentSessionAndEndsTheOthers() throws Exception {
    StaffSummary admin = accounts.create(prefix + "-me", "周南 七子", null, PASSWORD, StaffRole.ADMIN);
    Cookie here = signIn(admin.username(), PASSWORD);
    Cookie elsewhere = signIn(admin.username(), PASSWORD);
    assertThat(sessions.findByPrincipalName(admin.username())).hasSize(2);

    mvc.perform(
            post("/admin/staff/" + admin.id() + "/password")
                .cookie(here)
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("password", "My-Own-New-Password-1")
                .param("passwordConfirmation", "My-Own-New-Password-1"))
        .andExpect(redirectedUrl("/admin/staff"));

    mvc.perform(get("/admin/").cookie(here)).andExpect(status().isOk());
    expectSignedOut(elsewhere);
    assertThat(sessions.findByPrincipalName(admin.username())).hasSize(1);
  }

  @Test
  void aSuspensionThatIsRolledBackEndsNothing() throws Exception {
    StaffSummary editor = accounts.create(prefix + "-rb", "萩 八郎", null, PASSWORD, StaffRole.EDITOR);
    Cookie cookie = signIn(editor.username(), PASSWORD);

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            tx -> {
              accounts.update(editor.id(), "萩 八郎", null, StaffRole.EDITOR, false, "another-admin");
              tx.setRollbackOnly();
            });

    assertThat(accounts.get(editor.id()).enabled()).isTrue();
    mvc.perform(get("/admin/").cookie(cookie)).andExpect(status().isOk());
  }
}
