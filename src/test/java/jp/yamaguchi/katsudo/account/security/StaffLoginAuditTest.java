package jp.yamaguchi.katsudo.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.UUID;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.support.ClientAddress;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every staff login attempt is counted once and recorded in the audit log, as is the logout. */
@IntegrationTest
class StaffLoginAuditTest {

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts staff;
  @Autowired JdbcClient jdbc;

  List<String> actions(String actor) {
    return jdbc.sql(
            "SELECT action FROM audit_log WHERE (actor = ? OR actor = ?)"
                + " AND (action LIKE 'LOGIN%' OR action = 'LOGOUT') ORDER BY id")
        .params(actor, "staff:" + actor)
        .query(String.class)
        .list();
  }

  @Test
  void failuresSuccessAndLogoutAreRecordedOnceEach() throws Exception {
    String name = "audit-" + UUID.randomUUID().toString().substring(0, 8);
    staff.create(name, "監査 太郎", name + "@example.jp", "Audit-Pass-2026!", StaffRole.EDITOR);

    for (String wrong : List.of("wrong-password", "wrong-again")) {
      mvc.perform(
              post("/admin/login")
                  .with(csrf())
                  .with(ClientAddress.fresh())
                  .param("username", name)
                  .param("password", wrong))
          .andExpect(redirectedUrl("/admin/login?error"));
    }
    assertThat(
            jdbc.sql("SELECT failures FROM login_lockout WHERE login_key = ?")
                .param("staff:" + name)
                .query(Integer.class)
                .single())
        .isEqualTo(2);

    mvc.perform(formLogin("/admin/login").user(name).password("Audit-Pass-2026!"))
        .andExpect(redirectedUrl("/admin/"));
    // a success clears the count
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM login_lockout WHERE login_key = ?")
                .param("staff:" + name)
                .query(Long.class)
                .single())
        .isZero();
    mvc.perform(post("/admin/logout").with(user(name).roles("EDITOR")).with(csrf()))
        .andExpect(redirectedUrl("/admin/login?logout"));

    assertThat(actions(name))
        .containsExactly("LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_SUCCESS", "LOGOUT");
  }
}
