package jp.yamaguchi.katsudo.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.account.member.MemberFixtures;
import jp.yamaguchi.katsudo.support.ClientAddress;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Password spraying is slowed down: failed logins are limited per client address whatever IDs they
 * name (katsudo.security.client-limit, 10 per 15 minutes), in both realms, with the same answer as
 * any failed login. The outside review sent twelve failed logins with twelve IDs from one client
 * and all went through; here the eleventh is refused even with the right password.
 */
@IntegrationTest
class ClientLoginLimitTest {

  static final String FAILED = "ログインIDまたはパスワードが正しくありません。";

  @Autowired MockMvc mvc;
  @Autowired MemberAccounts members;
  @Autowired StaffAccounts staff;
  @Autowired ClientLoginLimit limit;
  @Autowired JdbcClient jdbc;

  private MockHttpServletResponse memberLogin(String ip, String loginId, String password)
      throws Exception {
    return mvc.perform(
            post("/login")
                .with(csrf())
                .with(ClientAddress.from(ip))
                .param("loginId", loginId)
                .param("password", password))
        .andReturn()
        .getResponse();
  }

  private String staffLogin(String ip, String username, String password) throws Exception {
    return mvc.perform(
            post("/admin/login")
                .with(csrf())
                .with(ClientAddress.from(ip))
                .param("username", username)
                .param("password", password))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  private List<String> failureDetails(String ip) {
    return jdbc.sql(
            "SELECT detail FROM audit_log WHERE ip = ? AND action = 'LOGIN_FAILURE' ORDER BY id")
        .param(ip)
        .query(String.class)
        .list();
  }

  @Test
  void afterTheLimitOfFailuresAClientIsRefusedWhateverIdItNamesWithTheUsualAnswer()
      throws Exception {
    int max = limit.settings().maxFailures();
    assertThat(max).isEqualTo(10);
    String sprayer = ClientAddress.random();
    MemberRef victim = MemberFixtures.activeMember(members);
    String wrongPage = null;
    String lastTyped = null;
    for (int i = 0; i < max; i++) {
      lastTyped = MemberFixtures.unique("spray" + i);
      MockHttpServletResponse r = memberLogin(sprayer, lastTyped, "Common-Password-1");
      assertThat(r.getStatus()).isEqualTo(200);
      wrongPage = r.getContentAsString(StandardCharsets.UTF_8);
      assertThat(wrongPage).contains(FAILED);
    }
    // the next one is refused before its password is checked, even the right password of a real
    // account, with the very page of a wrong password
    MockHttpServletResponse refused =
        memberLogin(sprayer, victim.loginId(), MemberFixtures.PASSWORD);
    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(refused.getRedirectedUrl()).isNull();
    assertThat(refused.getCookie("SESSION")).isNull();
    String page = refused.getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains(FAILED);
    assertThat(normalised(page, victim.loginId())).isEqualTo(normalised(wrongPage, lastTyped));
    assertThat(failureDetails(sprayer))
        .hasSize(max + 1)
        .last()
        .isEqualTo("too many failures from this client");
    // the refused attempt did not count against the victim's ID
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM login_lockout WHERE login_key = ?")
                .param(LoginLockout.key("member", victim.loginId()))
                .query(Long.class)
                .single())
        .isZero();

    // the victim, from another address, logs in as usual
    assertThat(
            memberLogin(ClientAddress.random(), victim.loginId(), MemberFixtures.PASSWORD)
                .getRedirectedUrl())
        .isEqualTo("/mypage");
    // the staff login counts apart: the same address may still sign in there
    String name = "spray-" + UUID.randomUUID().toString().substring(0, 8);
    staff.create(name, "散布 太郎", null, "Client-Limit-Pass-2026", StaffRole.EDITOR);
    assertThat(staffLogin(sprayer, name, "Client-Limit-Pass-2026")).isEqualTo("/admin/");
  }

  /** The page without the typed ID and the CSRF token. */
  static String normalised(String page, String typed) {
    return page.replace(typed, "TYPED")
        .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
  }

  @Test
  void theStaffLoginIsLimitedTheSameWay() throws Exception {
    int max = limit.settings().maxFailures();
    String name = "spray-" + UUID.randomUUID().toString().substring(0, 8);
    staff.create(name, "散布 花子", null, "Client-Limit-Pass-2026", StaffRole.ADMIN);
    String sprayer = ClientAddress.random();
    for (int i = 0; i < max; i++) {
      assertThat(staffLogin(sprayer, name + "-x" + i, "Common-Password-1"))
          .isEqualTo("/admin/login?error");
    }
    assertThat(staffLogin(sprayer, name, "Client-Limit-Pass-2026")).isEqualTo("/admin/login?error");
    assertThat(failureDetails(sprayer)).last().isEqualTo("too many failures from this client");
    assertThat(staffLogin(ClientAddress.random(), name, "Client-Limit-Pass-2026"))
        .isEqualTo("/admin/");
  }

  @Test
  void onlyFailuresCount() throws Exception {
    int max = limit.settings().maxFailures();
    MemberRef m = MemberFixtures.activeMember(members);
    String office = ClientAddress.random();
    // many people signing in from one address (an office, a library) are never limited
    for (int i = 0; i < max + 5; i++) {
      assertThat(memberLogin(office, m.loginId(), MemberFixtures.PASSWORD).getRedirectedUrl())
          .isEqualTo("/mypage");
    }
    // and their few typing mistakes still leave room
    for (int i = 0; i < max - 1; i++) {
      memberLogin(office, MemberFixtures.unique("typo" + i), "Wrong-Password-1");
    }
    assertThat(memberLogin(office, m.loginId(), MemberFixtures.PASSWORD).getRedirectedUrl())
        .isEqualTo("/mypage");
    assertThat(failureDetails(office)).doesNotContain("too many failures from this client");
  }
}
