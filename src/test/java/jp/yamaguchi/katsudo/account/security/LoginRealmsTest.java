package jp.yamaguchi.katsudo.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.account.member.MemberFixtures;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.support.ClientAddress;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff and members are separate identities with separate logins: neither login form accepts the
 * other's accounts (each has its own authentication manager without a parent), and login IDs are
 * unique regardless of case.
 */
@IntegrationTest
class LoginRealmsTest {

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts staff;
  @Autowired MemberAccounts members;

  @Test
  void aStaffAccountCannotLogInAtTheMemberLoginNorAMemberAtTheStaffLogin() throws Exception {
    String name = "realm-" + UUID.randomUUID().toString().substring(0, 8);
    staff.create(name, "職員 太郎", name + "@example.jp", "Realm-Staff-Pass-2026", StaffRole.ADMIN);
    String page =
        mvc.perform(
                post("/login")
                    .with(csrf())
                    .with(ClientAddress.fresh())
                    .param("loginId", name)
                    .param("password", "Realm-Staff-Pass-2026"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("ログインIDまたはパスワードが正しくありません");

    MemberRef member = MemberFixtures.activeMember(members);
    mvc.perform(
            post("/admin/login")
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("username", member.loginId())
                .param("password", MemberFixtures.PASSWORD))
        .andExpect(redirectedUrl("/admin/login?error"));
    // each still works at its own login
    mvc.perform(formLogin("/admin/login").user(name).password("Realm-Staff-Pass-2026"))
        .andExpect(redirectedUrl("/admin/"));
    MemberFixtures.login(mvc, member);
  }

  @Test
  void memberLoginIdsAreUniqueWhateverTheCase() {
    MemberRef first = MemberFixtures.activeMember(members);
    String again = first.loginId().toUpperCase();
    assertThatThrownBy(
            () ->
                members.createActive(
                    MemberFixtures.individual(
                        again,
                        MemberFixtures.unique("other") + "@example.jp",
                        "Another-Pass-2026")))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageId())
        .isEqualTo("e.member.loginId.taken");
  }
}
