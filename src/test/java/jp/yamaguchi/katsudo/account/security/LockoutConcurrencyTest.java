package jp.yamaguchi.katsudo.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.member.MemberFixtures;
import jp.yamaguchi.katsudo.support.ClientAddress;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Guesses sent in parallel get no more password checks than the lockout allows: each login reserves
 * its attempt in one atomic statement before the password is checked, and parallel first failures
 * of a new key never collide (no error, every one counted).
 */
@IntegrationTest
class LockoutConcurrencyTest {

  @Autowired MockMvc mvc;
  @Autowired MemberAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void parallelGuessesGetAtMostFivePasswordChecks() throws Exception {
    MemberRef m = MemberFixtures.activeMember(accounts);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> statuses = new ArrayList<>();
    try {
      for (int i = 0; i < 24; i++) {
        String guess = "wrong-guess-" + i;
        statuses.add(
            pool.submit(
                () ->
                    mvc.perform(
                            post("/login")
                                .with(csrf())
                                // an address per guess: this is about the lockout of one ID
                                .with(ClientAddress.fresh())
                                .param("loginId", m.loginId())
                                .param("password", guess))
                        .andReturn()
                        .getResponse()
                        .getStatus()));
      }
      for (Future<Integer> status : statuses) {
        assertThat(status.get()).isEqualTo(200); // the login page again, never an error
      }
    } finally {
      pool.shutdownNow();
    }
    String key = LoginLockout.key("member", m.loginId());
    List<String> details =
        jdbc.sql("SELECT detail FROM audit_log WHERE action = 'LOGIN_FAILURE' AND target = ?")
            .param(key)
            .query(String.class)
            .list();
    assertThat(details).hasSize(24);
    assertThat(details.stream().filter(d -> !"locked".equals(d))).hasSize(5);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM login_lockout WHERE login_key = ? AND locked_until IS NOT NULL")
                .param(key)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // and the right password is refused while locked
    String page =
        mvc.perform(
                post("/login")
                    .with(csrf())
                    .with(ClientAddress.fresh())
                    .param("loginId", m.loginId())
                    .param("password", MemberFixtures.PASSWORD))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("ログインIDまたはパスワードが正しくありません");
  }
}
