package jp.yamaguchi.katsudo.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.account.StaffSummary;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.SessionClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions (別記2 3.1.7-3.1.9) and request safety (IPA: session flaws, CSRF, clickjacking, caching,
 * open redirect), as configured outside production. TwoFactorLoginTest checks the production
 * variants (Secure, HSTS, another timeout).
 */
@IntegrationTest
class SessionAndHeadersTest {

  private static final String PASSWORD = "Session-Head-2026";

  /** Redirect targets that must never leave the site, as typed into a parameter. */
  static final List<String> OFF_SITE =
      List.of(
          "https://evil.example/",
          "http://evil.example",
          "//evil.example/",
          "///evil.example/",
          "/\\evil.example",
          "\\\\evil.example",
          "\\/evil.example",
          "/%2F/evil.example",
          "%2F%2Fevil.example",
          "/%5Cevil.example",
          "/%252F/evil.example",
          "/%5cevil.example",
          "https:evil.example",
          "javascript:alert(1)",
          " //evil.example",
          "/\t/evil.example",
          "/\r\n/evil.example");

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  private final String prefix = "shd" + UUID.randomUUID().toString().substring(0, 6);

  @AfterEach
  void cleanUp() {
    accounts.all().stream()
        .filter(a -> a.username().startsWith(prefix))
        .forEach(a -> accounts.delete(a.id(), "cleanup"));
  }

  private long sessionRows(String principal) {
    return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
        .param(principal)
        .query(Long.class)
        .single();
  }

  @Test
  void theSessionCookieIsHttpOnlyLaxAndANewIdIsIssuedAtLogin() throws Exception {
    StaffSummary editor = accounts.create(prefix + "-ed", "名前", null, PASSWORD, StaffRole.EDITOR);
    // a session before login (the login page's CSRF token)
    MvcResult page = mvc.perform(get("/admin/login")).andReturn();
    Cookie before = page.getResponse().getCookie(SessionClient.COOKIE);
    assertThat(before).isNotNull();
    String setCookie = page.getResponse().getHeader("Set-Cookie");
    assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    // the session ID is never put into a link or a redirect
    assertThat(page.getResponse().getContentAsString())
        .doesNotContainIgnoringCase("jsessionid")
        .doesNotContain(before.getValue());

    MvcResult login =
        mvc.perform(
                post("/admin/login")
                    .cookie(before)
                    .with(csrf())
                    .param("username", editor.username())
                    .param("password", PASSWORD))
            .andExpect(redirectedUrl("/admin/"))
            .andReturn();
    Cookie after = login.getResponse().getCookie(SessionClient.COOKIE);
    assertThat(after).isNotNull();
    assertThat(after.getValue()).as("session fixation").isNotEqualTo(before.getValue());
    assertThat(login.getResponse().getRedirectedUrl()).doesNotContainIgnoringCase("jsessionid");
    // the old ID is worth nothing
    mvc.perform(get("/admin/").cookie(before)).andExpect(redirectedUrl("/admin/login"));
    mvc.perform(get("/admin/").cookie(after)).andExpect(status().isOk());
    // the staff idle timeout (30 minutes) is stored with the session
    assertThat(
            jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?")
                .param(editor.username())
                .query(Integer.class)
                .single())
        .isEqualTo(30 * 60);
  }

  @Test
  void logoutDestroysTheServerSideSession() throws Exception {
    StaffSummary editor = accounts.create(prefix + "-lo", "名前", null, PASSWORD, StaffRole.EDITOR);
    SessionClient browser = new SessionClient(mvc);
    browser
        .perform(
            post("/admin/login")
                .with(csrf())
                .param("username", editor.username())
                .param("password", PASSWORD))
        .andExpect(redirectedUrl("/admin/"));
    Cookie cookie = browser.cookie();
    assertThat(sessionRows(editor.username())).isEqualTo(1);
    mvc.perform(post("/admin/logout").cookie(cookie).with(csrf()))
        .andExpect(redirectedUrl("/admin/login?logout"));
    assertThat(sessionRows(editor.username())).isZero();
    mvc.perform(get("/admin/").cookie(cookie)).andExpect(redirectedUrl("/admin/login"));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'LOGOUT' AND actor = ?")
                .param(editor.username())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void protectiveHeadersOnPublicAndAdminPages() throws Exception {
    for (String path : List.of("/", "/aikasanet/", "/admin/login")) {
      mvc.perform(get(path).secure(true))
          .andExpect(header().string("X-Frame-Options", "DENY"))
          .andExpect(header().string("X-Content-Type-Options", "nosniff"))
          .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
          .andExpect(
              header().string("Content-Security-Policy", containsString("script-src 'self'")))
          .andExpect(
              header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
          .andExpect(
              header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
          .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
          // HSTS only in production (TwoFactorLoginTest has it)
          .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
  }

  @Test
  void personalResponsesAreNeverStored() throws Exception {
    // every admin response, even the login page and an error
    mvc.perform(get("/admin/login"))
        .andExpect(header().string("Cache-Control", containsString("no-store")));
    mvc.perform(get("/admin/").with(user("ed").roles("EDITOR")))
        .andExpect(header().string("Cache-Control", containsString("no-store")));
    mvc.perform(get("/admin/staff").with(user("ed").roles("EDITOR")))
        .andExpect(status().isForbidden())
        .andExpect(header().string("Cache-Control", containsString("no-store")));
    // a public page shown to someone signed in (a member, later) is not stored either
    mvc.perform(get("/").with(user("member").roles("MEMBER")))
        .andExpect(header().string("Cache-Control", containsString("no-store")));
    // configured paths and handler-marked responses are personal; an anonymous public page is not
    NoStoreHeaderWriter writer = new NoStoreHeaderWriter(List.of("/mypage/**"));
    var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/mypage/x");
    assertThat(writer.personal(request)).isTrue();
    assertThat(writer.personal(new org.springframework.mock.web.MockHttpServletRequest("GET", "/")))
        .isFalse();
    var marked = new org.springframework.mock.web.MockHttpServletRequest("GET", "/news");
    marked.setAttribute(jp.yamaguchi.katsudo.core.web.PageCacheFilter.NO_STORE, true);
    assertThat(writer.personal(marked)).isTrue();
  }

  @Test
  void aPostWithoutACsrfTokenIsRefusedOnThePublicSiteAndInTheAdmin() throws Exception {
    mvc.perform(post("/display").param("text", "large")).andExpect(status().isForbidden());
    mvc.perform(post("/admin/login").param("username", "x").param("password", "y"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/notices/new").with(user("admin").roles("ADMIN")).param("message", "x"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/logout").with(user("admin").roles("ADMIN")))
        .andExpect(status().isForbidden());
  }

  @Test
  void redirectParametersNeverLeaveTheSite() throws Exception {
    for (String target : OFF_SITE) {
      // the display settings' "back" (the only redirect parameter of the application)
      MvcResult r =
          mvc.perform(get("/display").param("text", "large").param("back", target)).andReturn();
      assertThat(r.getResponse().getStatus()).as(target).isEqualTo(303);
      assertThat(r.getResponse().getHeader("Location")).as(target).isEqualTo("/");
    }
    // a same-site path is kept
    mvc.perform(get("/display").param("back", "/aikasanet/"))
        .andExpect(header().string("Location", "/aikasanet/"));
  }

  @Test
  void theLoginIgnoresANextParameterAndReturnsOnlyToSavedAdminPages() throws Exception {
    StaffSummary editor = accounts.create(prefix + "-nx", "名前", null, PASSWORD, StaffRole.EDITOR);
    for (String target : OFF_SITE) {
      mvc.perform(
              post("/admin/login")
                  .with(csrf())
                  .param("username", editor.username())
                  .param("password", PASSWORD)
                  .param("next", target)
                  .param("redirect", target)
                  .param("continue", target))
          .andExpect(redirectedUrl("/admin/"));
    }
  }
}
