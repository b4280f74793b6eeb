package jp.yamaguchi.katsudo.account.member;

import static jp.yamaguchi.katsudo.account.member.MemberFixtures.PASSWORD;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.activeMember;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.emailOf;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.account.StaffSummary;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.support.ClientAddress;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The member login of both sites: login ID or address, one message for every failure, the lockout,
 * PENDING and suspended accounts, safe {@code next}, logout, the header indicator, and the
 * separation of member and staff logins in one browser.
 */
@IntegrationTest
@DateSensitive
class MemberLoginTest {

  static final String FAILED = "ログインIDまたはパスワードが正しくありません。";

  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired MemberAccounts accounts;
  @Autowired StaffAccounts staff;
  @Autowired FindByIndexNameSessionRepository<? extends Session> sessions;

  /** A login from an address of its own (the failures here never add up at 127.0.0.1). */
  MockHttpServletResponse tryLogin(String path, String loginId, String password) throws Exception {
    return mvc.perform(
            post(path)
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("loginId", loginId)
                .param("password", password))
        .andReturn()
        .getResponse();
  }

  @Test
  void aMemberLogsInWithTheLoginIdOrTheAddressAndLogsOut() throws Exception {
    MemberRef m = activeMember(accounts);
    Cookie cookie = login(mvc, "/login", m.loginId(), PASSWORD);
    mvc.perform(get("/mypage").cookie(cookie))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(m.loginId())))
        // the header shows who is signed in, マイページ and ログアウト
        .andExpect(content().string(Matchers.containsString("山口 太郎さん")))
        .andExpect(content().string(Matchers.containsString("action=\"/logout\"")));

    // the address works too, in any case and with full-width letters
    String upper = emailOf(m).toUpperCase(Locale.ROOT);
    Cookie byMail = login(mvc, "/login", upper, PASSWORD);
    mvc.perform(get("/mypage").cookie(byMail)).andExpect(status().isOk());

    mvc.perform(post("/logout").cookie(cookie).with(csrf()))
        .andExpect(redirectedUrl("/login?logout"));
    mvc.perform(get("/mypage").cookie(cookie)).andExpect(redirectedUrl("/login?next=/mypage"));
    mvc.perform(get("/login").param("logout", ""))
        .andExpect(content().string(Matchers.containsString("ログアウトしました。")));
  }

  @Test
  void theLoginPageBelongsToTheSiteTheVisitorCameFrom() throws Exception {
    mvc.perform(get("/aikasanet/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("data-site=\"aikasanet\"")))
        .andExpect(content().string(Matchers.containsString("action=\"/aikasanet/login\"")));
    mvc.perform(get("/login"))
        .andExpect(content().string(Matchers.containsString("data-site=\"supernet\"")));

    MemberRef m = activeMember(accounts);
    MockHttpServletResponse r = tryLogin("/aikasanet/login", m.loginId(), PASSWORD);
    assertThat(r.getRedirectedUrl()).isEqualTo("/aikasanet/mypage");
    Cookie cookie = r.getCookie("SESSION");
    mvc.perform(get("/aikasanet/mypage").cookie(cookie))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("data-site=\"aikasanet\"")))
        .andExpect(content().string(Matchers.containsString("action=\"/aikasanet/logout\"")));
    mvc.perform(post("/aikasanet/logout").cookie(cookie).with(csrf()))
        .andExpect(redirectedUrl("/aikasanet/login?logout"));
  }

  @Test
  void anonymousVisitorsSeeALoginLinkOfTheirSite() throws Exception {
    mvc.perform(get("/aikasanet/login"))
        .andExpect(content().string(Matchers.containsString("href=\"/aikasanet/login\"")));
    mvc.perform(get("/account/password-reset"))
        .andExpect(content().string(Matchers.containsString("href=\"/login\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("member-nav__name"))));
  }

  /** The page without the typed ID and the CSRF token: what tells the two failures apart. */
  static String normalised(String page, String typed) {
    return page.replace(typed, "TYPED")
        .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
  }

  @Test
  void aWrongPasswordAndAnUnknownIdGiveTheSamePage() throws Exception {
    MemberRef m = activeMember(accounts);
    String nobody = MemberFixtures.unique("nobody");
    MockHttpServletResponse wrong = tryLogin("/login", m.loginId(), "Not-The-Password-1");
    MockHttpServletResponse unknown = tryLogin("/login", nobody, "Not-The-Password-1");
    assertThat(wrong.getStatus()).isEqualTo(200);
    assertThat(unknown.getStatus()).isEqualTo(200);
    String a = wrong.getContentAsString();
    String b = unknown.getContentAsString();
    assertThat(a).contains(FAILED).contains("<title>エラー：ログイン");
    assertThat(normalised(a, m.loginId())).isEqualTo(normalised(b, nobody));
    // the typed ID is kept, the password never
    assertThat(a).contains("value=\"" + m.loginId() + "\"").doesNotContain("Not-The-Password-1");
  }

  @Test
  void aPendingAccountCannotLogInUntilItsAddressIsConfirmed() throws Exception {
    String id = MemberFixtures.unique("pend");
    MemberRef m =
        accounts.register(
            MemberFixtures.individual(id, id + "@example.jp", PASSWORD), Site.SUPERNET);

    MockHttpServletResponse right = tryLogin("/login", id, PASSWORD);
    assertThat(right.getStatus()).isEqualTo(200);
    assertThat(right.getContentAsString())
        .contains("メールアドレスの確認が済んでいません。")
        .contains("確認メールをもう一度送る")
        .contains("action=\"/account/verify/resend\"");
    // the wrong password of the same account says nothing about its state
    MockHttpServletResponse wrong = tryLogin("/login", id, "Wrong-Password-123");
    assertThat(wrong.getContentAsString()).contains(FAILED).doesNotContain("確認が済んでいません");

    // confirming the address (as the mailed link does) lets the account in
    accounts.resetPassword(resetToken(m), PASSWORD + "-x", Site.SUPERNET);
    login(mvc, "/login", id, PASSWORD + "-x");
  }

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** A reset link for the account, as if the person had asked for one (the token from the mail). */
  String resetToken(MemberRef m) {
    return TokenSupport.issue(jdbc, clock, m.id(), "RESET_PASSWORD", 30);
  }

  @Test
  void fiveFailuresLockTheAccountWhetherNamedByIdOrByAddress() throws Exception {
    MemberRef m = activeMember(accounts);
    for (int i = 0; i < 3; i++) tryLogin("/login", m.loginId(), "Wrong-Password-" + i);
    for (int i = 0; i < 2; i++) tryLogin("/aikasanet/login", emailOf(m), "Wrong-Password-" + i);

    MockHttpServletResponse locked = tryLogin("/login", m.loginId(), PASSWORD);
    assertThat(locked.getStatus()).isEqualTo(200);
    assertThat(locked.getContentAsString()).contains(FAILED);
    assertThat(tryLogin("/login", emailOf(m), PASSWORD).getStatus()).isEqualTo(200);

    // a password reset lifts the lock
    accounts.resetPassword(resetToken(m), "Brand-New-Password-1", Site.SUPERNET);
    login(mvc, "/login", m.loginId(), "Brand-New-Password-1");
  }

  @Test
  void fourFailuresDoNotLock() throws Exception {
    MemberRef m = activeMember(accounts);
    for (int i = 0; i < 4; i++) tryLogin("/login", emailOf(m), "Wrong-Password-" + i);
    login(mvc, "/login", m.loginId(), PASSWORD);
  }

  @Test
  void guessingTheCurrentPasswordOnTheMypageCountsTowardsTheLockout() throws Exception {
    MemberRef m = activeMember(accounts);
    Cookie cookie = login(mvc, m);
    for (int i = 0; i < 5; i++) {
      mvc.perform(
              post("/mypage/email")
                  .cookie(cookie)
                  .with(csrf())
                  .param("email", MemberFixtures.unique("guess") + "@example.jp")
                  .param("currentPassword", "Guess-" + i))
          .andExpect(content().string(Matchers.containsString("現在のパスワードが正しくありません。")));
    }
    // now even the right password is refused, here and at the login
    mvc.perform(
            post("/mypage/password")
                .cookie(cookie)
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("password", "Locked-Out-Password-1"))
        .andExpect(content().string(Matchers.containsString("現在のパスワードが正しくありません。")));
    assertThat(tryLogin("/login", m.loginId(), PASSWORD).getContentAsString()).contains(FAILED);
  }

  @Test
  void aSuspendedMemberCannotLogInAndTheirSessionEnds() throws Exception {
    MemberRef m = activeMember(accounts);
    Cookie cookie = login(mvc, m);
    mvc.perform(get("/mypage").cookie(cookie)).andExpect(status().isOk());

    accounts.suspend(m.id());

    mvc.perform(get("/mypage").cookie(cookie)).andExpect(redirectedUrl("/login?next=/mypage"));
    assertThat(tryLogin("/login", m.loginId(), PASSWORD).getContentAsString()).contains(FAILED);

    accounts.resume(m.id());
    login(mvc, m);
    // the old session stays ended after the resume
    mvc.perform(get("/mypage").cookie(cookie)).andExpect(status().is3xxRedirection());
  }

  @Test
  void nextLeadsOnlyToPathsOfThisSite() throws Exception {
    MemberRef m = activeMember(accounts);
    for (var c :
        List.of(
            new String[] {"/aikasanet/mypage", "/aikasanet/mypage"},
            new String[] {"https://evil.example/", "/mypage"},
            new String[] {"//evil.example/x", "/mypage"},
            new String[] {"/\\evil.example", "/mypage"})) {
      mvc.perform(
              post("/login")
                  .with(csrf())
                  .param("loginId", m.loginId())
                  .param("password", PASSWORD)
                  .param("next", c[0]))
          .andExpect(redirectedUrl(c[1]));
    }
    // the login page keeps a safe next for the form and drops an unsafe one
    mvc.perform(get("/login").param("next", "/mypage/email"))
        .andExpect(content().string(Matchers.containsString("value=\"/mypage/email\"")));
    mvc.perform(get("/login").param("next", "https://evil.example/"))
        .andExpect(content().string(Matchers.not(Matchers.containsString("evil.example"))));
  }

  @Test
  void everyMemberPageSendsAnonymousVisitorsToTheLoginOfItsSite() throws Exception {
    for (String path : MemberIsolationTest.MEMBER_GETS) {
      String site = Site.ofPath(path).path("login");
      mvc.perform(get(path)).andExpect(redirectedUrl(site + "?next=" + path));
    }
    for (String path : MemberIsolationTest.MEMBER_POSTS) {
      String site = Site.ofPath(path).path("login");
      mvc.perform(post(path).with(csrf())).andExpect(redirectedUrl(site + "?next=" + path));
    }
  }

  @Test
  void aPostWithoutTheCsrfTokenFails() throws Exception {
    MemberRef m = activeMember(accounts);
    mvc.perform(post("/login").param("loginId", m.loginId()).param("password", PASSWORD))
        .andExpect(status().isForbidden());
    Cookie cookie = login(mvc, m);
    mvc.perform(
            post("/mypage/password")
                .cookie(cookie)
                .param("currentPassword", PASSWORD)
                .param("password", "Another-Password-9"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/logout").cookie(cookie)).andExpect(status().isForbidden());
    mvc.perform(get("/mypage").cookie(cookie)).andExpect(status().isOk());
    login(mvc, m);
  }

  @Test
  void memberPagesAreNeverCached() throws Exception {
    MemberRef m = activeMember(accounts);
    Cookie cookie = login(mvc, m);
    for (String path :
        List.of(
            "/login",
            "/aikasanet/login",
            "/account/password-reset",
            "/account/verify?token=nothing",
            "/account/password-reset/new?token=nothing",
            "/account/email/confirm?token=nothing",
            "/account/verify/resend")) {
      mvc.perform(get(path))
          .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
          .andExpect(header().doesNotExist("X-Page-Cache"));
    }
    for (String path : MemberIsolationTest.MEMBER_GETS) {
      mvc.perform(get(path).cookie(cookie))
          .andExpect(status().isOk())
          .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")));
    }
  }

  @Test
  void theAnonymousPageCacheNeverServesOrKeepsAMembersPage() throws Exception {
    MemberRef m = activeMember(accounts);
    // an anonymous visit fills the cache
    mvc.perform(get("/aikasanet/")).andExpect(status().isOk());
    mvc.perform(get("/aikasanet/")).andExpect(header().string("X-Page-Cache", "hit"));

    Cookie cookie = login(mvc, m);
    mvc.perform(get("/aikasanet/").cookie(cookie))
        .andExpect(header().doesNotExist("X-Page-Cache"))
        .andExpect(content().string(Matchers.containsString("member-nav__name")));
    // nor does the member's page reach anonymous visitors, even without a session cookie
    mvc.perform(get("/aikasanet/"))
        .andExpect(content().string(Matchers.not(Matchers.containsString("member-nav__name"))));
  }

  @Test
  void aStaffLoginAndAMemberLoginInOneBrowserKeepEachOther() throws Exception {
    String staffName = MemberFixtures.unique("both");
    staff.create(staffName, "宇部 職員", null, "Staff-Password-2026", StaffRole.EDITOR);
    MemberRef m = activeMember(accounts);

    Cookie cookie =
        mvc.perform(formLogin("/admin/login").user(staffName).password("Staff-Password-2026"))
            .andExpect(redirectedUrl("/admin/"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    MockHttpServletResponse member =
        mvc.perform(
                post("/login")
                    .cookie(cookie)
                    .with(csrf())
                    .param("loginId", m.loginId())
                    .param("password", PASSWORD))
            .andReturn()
            .getResponse();
    Cookie both = member.getCookie("SESSION") == null ? cookie : member.getCookie("SESSION");

    mvc.perform(get("/admin/").cookie(both))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(staffName)))
        .andExpect(content().string(Matchers.not(Matchers.containsString(m.loginId()))));
    mvc.perform(get("/mypage").cookie(both))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(m.loginId())))
        .andExpect(content().string(Matchers.not(Matchers.containsString(staffName))));

    // and the other way round: a staff login after the member's keeps the member signed in
    MemberRef m2 = activeMember(accounts);
    Cookie first = login(mvc, m2);
    MockHttpServletResponse staffLogin =
        mvc.perform(
                post("/admin/login")
                    .cookie(first)
                    .with(csrf())
                    .param("username", staffName)
                    .param("password", "Staff-Password-2026"))
            .andExpect(redirectedUrl("/admin/"))
            .andReturn()
            .getResponse();
    Cookie after =
        staffLogin.getCookie("SESSION") == null ? first : staffLogin.getCookie("SESSION");
    mvc.perform(get("/mypage").cookie(after))
        .andExpect(content().string(Matchers.containsString(m2.loginId())));
    mvc.perform(get("/admin/").cookie(after)).andExpect(status().isOk());
  }

  @Test
  void endingAMembersSessionsNeverEndsAStaffMembersWithTheSameNameAndViceVersa() throws Exception {
    String name = MemberFixtures.unique("same").toLowerCase(Locale.ROOT);
    StaffSummary s = staff.create(name, "同名 職員", null, "Staff-Password-2026", StaffRole.EDITOR);
    MemberRef m =
        accounts.createActive(MemberFixtures.individual(name, name + "@example.jp", PASSWORD));

    Cookie staffCookie =
        mvc.perform(formLogin("/admin/login").user(name).password("Staff-Password-2026"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    Cookie memberCookie = login(mvc, m);
    // Spring Session indexes only the staff session under the bare name; the member is never
    // found by a staff lookup
    assertThat(sessions.findByPrincipalName(name)).hasSize(1);

    accounts.suspend(m.id());
    mvc.perform(get("/admin/").cookie(staffCookie)).andExpect(status().isOk());
    mvc.perform(get("/mypage").cookie(memberCookie)).andExpect(status().is3xxRedirection());

    accounts.resume(m.id());
    Cookie again = login(mvc, m);
    staff.update(s.id(), "同名 職員", null, StaffRole.EDITOR, false, "another-admin");
    mvc.perform(get("/admin/").cookie(staffCookie)).andExpect(status().is3xxRedirection());
    mvc.perform(get("/mypage").cookie(again)).andExpect(status().isOk());
  }
}
