package jp.yamaguchi.katsudo.account.member;

import static jp.yamaguchi.katsudo.account.member.MemberFixtures.PASSWORD;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.MemberStatus;
import jp.yamaguchi.katsudo.account.security.LoginLockout;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Two members A and B: with B signed in, no member-owned URL shows or changes A's data. Every such
 * URL is listed here; {@link #everyMemberUrlIsListed} fails when a new one is added to the
 * application but not to these lists.
 */
@IntegrationTest
class MemberIsolationTest {

  /** Every GET a signed-in member may use about their own account. */
  static final List<String> MEMBER_GETS =
      List.of(
          "/mypage",
          "/mypage/email",
          "/mypage/password",
          "/mypage/delete",
          "/aikasanet/mypage",
          "/aikasanet/mypage/email",
          "/aikasanet/mypage/password",
          "/aikasanet/mypage/delete");

  /** Every POST a signed-in member may use about their own account. */
  static final List<String> MEMBER_POSTS =
      List.of(
          "/mypage/email",
          "/mypage/password",
          "/mypage/delete",
          "/aikasanet/mypage/email",
          "/aikasanet/mypage/password",
          "/aikasanet/mypage/delete");

  static final String A_PASSWORD = "A-Secret-Password-2026";

  @Autowired MockMvc mvc;
  @Autowired MemberAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired LoginLockout lockout;

  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  Map<String, Object> row(long id) {
    return jdbc.sql(
            "SELECT login_id, email, email_hash, password_hash, status, display_name,"
                + " security_stamp, full_name, phone FROM member_account WHERE id = ?")
        .param(id)
        .query()
        .singleRow();
  }

  @Test
  void memberBNeverSeesOrChangesMemberAsData() throws Exception {
    String aId = MemberFixtures.unique("alice");
    MemberRef a =
        accounts.createActive(MemberFixtures.individual(aId, aId + "@example.jp", A_PASSWORD));
    MemberRef b = MemberFixtures.activeMember(accounts);
    Map<String, Object> before = row(a.id());
    Cookie bSession = login(mvc, b);

    for (String path : MEMBER_GETS) {
      String page =
          mvc.perform(get(path).cookie(bSession)).andReturn().getResponse().getContentAsString();
      assertThat(page).as(path).doesNotContain(a.loginId()).doesNotContain(a.maskedEmail());
    }
    // every POST, with A's identifiers and A's password added in every way a handler might read
    for (String path : MEMBER_POSTS) {
      MockHttpServletResponse r =
          mvc.perform(
                  post(path)
                      .cookie(bSession)
                      .with(csrf())
                      .param("id", String.valueOf(a.id()))
                      .param("accountId", String.valueOf(a.id()))
                      .param("loginId", a.loginId())
                      .param("email", MemberFixtures.unique("taken-over") + "@example.jp")
                      .param("currentPassword", A_PASSWORD)
                      .param("password", "Taken-Over-Password-1")
                      .param("confirmed", "true"))
              .andReturn()
              .getResponse();
      assertThat(r.getContentAsString()).as(path).doesNotContain(a.loginId());
      assertThat(row(a.id())).as("A after " + path).isEqualTo(before);
    }
    // the six wrong current passwords locked B (the lockout counts them); staff lift the lock
    lockout.unlock(LoginLockout.key("member", b.loginId()));
    // B's own password works on B's account only
    // (the change gives B's session a new ID)
    Cookie renewed =
        mvc.perform(
                post("/mypage/password")
                    .cookie(bSession)
                    .with(csrf())
                    .param("id", String.valueOf(a.id()))
                    .param("currentPassword", PASSWORD)
                    .param("password", "B-New-Password-2026"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    mvc.perform(
        post("/mypage/delete")
            .cookie(renewed)
            .with(csrf())
            .param("id", String.valueOf(a.id()))
            .param("currentPassword", "B-New-Password-2026")
            .param("confirmed", "true"));
    assertThat(accounts.get(b.id()).status()).isEqualTo(MemberStatus.DELETED);
    assertThat(row(a.id())).isEqualTo(before);
    login(mvc, "/login", a.loginId(), A_PASSWORD);
  }

  @Test
  void everyMemberUrlIsListed() {
    Set<String> found = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPatternValues()) {
                if (!(pattern.startsWith("/mypage") || pattern.startsWith("/aikasanet/mypage"))) {
                  continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                  found.add(m + " " + pattern);
                }
              }
            });
    Set<String> listed = new TreeSet<>();
    MEMBER_GETS.forEach(p -> listed.add("GET " + p));
    MEMBER_POSTS.forEach(p -> listed.add("POST " + p));
    assertThat(found).isEqualTo(listed);
  }
}
