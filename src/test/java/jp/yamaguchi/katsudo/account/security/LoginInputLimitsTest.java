package jp.yamaguchi.katsudo.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.support.ClientAddress;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The login forms refuse an ID or a password longer than any account can have before doing anything
 * with it, with a clear message naming the field. The outside review: {@code POST /login} with
 * 20,000 × {@code A} as the ID took 18 s of a core (the audit log's masking of the typed ID), a
 * megabyte never finished, {@code POST /admin/login} with 8,000 × {@code A} took 3 s.
 */
@IntegrationTest
class LoginInputLimitsTest {

  /**
   * Wall-clock time: the new refusal takes milliseconds, the former 20,000 characters took 18 s of
   * a core on an idle machine; generous for a busy build machine.
   */
  static final Duration QUICK = Duration.ofSeconds(10);

  static final String MEGABYTE = "A".repeat(1 << 20);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired StaffAccounts staff;

  private final String client = ClientAddress.random();

  private long auditRowsFrom(String ip) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE ip = ?")
        .param(ip)
        .query(Long.class)
        .single();
  }

  private MockHttpServletResponse memberLogin(String path, String loginId, String password) {
    return assertTimeoutPreemptively(
        QUICK,
        () ->
            mvc.perform(
                    post(path)
                        .with(csrf())
                        .with(ClientAddress.from(client))
                        .param("loginId", loginId)
                        .param("password", password))
                .andReturn()
                .getResponse(),
        () -> "POST " + path + " with " + loginId.length() + " characters");
  }

  @Test
  void theMemberLoginOfBothSitesRefusesAnOverlongIdAtOnceAndSaysWhichField() throws Exception {
    for (String path : new String[] {"/login", "/aikasanet/login"}) {
      for (String id : new String[] {"A".repeat(20_000), MEGABYTE}) {
        MockHttpServletResponse r = memberLogin(path, id, "Some-Password-2026");
        assertThat(r.getStatus()).isEqualTo(200);
        String page = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
            .contains("ログインIDまたはメールアドレスは254文字以内で入力してください。")
            .contains("エラー：")
            .doesNotContain("ログインIDまたはパスワードが正しくありません");
      }
    }
    // a password longer than any account's is refused the same way
    String page =
        memberLogin("/login", "someone", "x".repeat(LoginInput.MAX_PASSWORD + 1))
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("パスワードは256文字以内で入力してください。");
    // nothing was counted or recorded: no lockout row, no audit entry from this client
    assertThat(auditRowsFrom(client)).isZero();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM login_lockout WHERE login_key LIKE 'member:aaaa%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anIdOfTheLongestAllowedLengthIsStillAnOrdinaryFailure() throws Exception {
    String id = "b".repeat(LoginInput.MAX_LOGIN_ID - 12) + "@example.jp";
    assertThat(id).hasSize(LoginInput.MAX_LOGIN_ID - 1);
    String page =
        memberLogin("/login", id, "x".repeat(LoginInput.MAX_PASSWORD))
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("ログインIDまたはパスワードが正しくありません");
    // its audit entry is masked and cut to the column's length
    String actor =
        jdbc.sql("SELECT actor FROM audit_log WHERE ip = ? AND action = 'LOGIN_FAILURE'")
            .param(client)
            .query(String.class)
            .single();
    assertThat(actor).isEqualTo("member:b***@example.jp");
  }

  @Test
  void theStaffLoginRefusesAnOverlongIdOrPasswordAtOnceAndSaysWhichField() throws Exception {
    String name = "long-" + UUID.randomUUID().toString().substring(0, 8);
    staff.create(name, "長井 太郎", null, "Long-Input-Pass-2026", StaffRole.EDITOR);
    for (String id : new String[] {"A".repeat(8_000), MEGABYTE}) {
      MockHttpServletResponse r =
          assertTimeoutPreemptively(
              QUICK,
              () ->
                  mvc.perform(
                          post("/admin/login")
                              .with(csrf())
                              .with(ClientAddress.from(client))
                              .param("username", id)
                              .param("password", "Some-Password-2026"))
                      .andReturn()
                      .getResponse());
      assertThat(r.getRedirectedUrl()).isEqualTo("/admin/login?idTooLong");
    }
    MockHttpServletResponse r =
        mvc.perform(
                post("/admin/login")
                    .with(csrf())
                    .with(ClientAddress.from(client))
                    .param("username", name)
                    .param("password", MEGABYTE))
            .andReturn()
            .getResponse();
    assertThat(r.getRedirectedUrl()).isEqualTo("/admin/login?passwordTooLong");
    assertThat(auditRowsFrom(client)).isZero();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM login_lockout WHERE login_key = ?")
                .param("staff:" + name)
                .query(Long.class)
                .single())
        .isZero();

    assertThat(
            mvc.perform(get("/admin/login").param("idTooLong", ""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("ログインIDは254文字以内で入力してください。");
    assertThat(
            mvc.perform(get("/admin/login").param("passwordTooLong", ""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("パスワードは256文字以内で入力してください。");
  }
}
