package jp.yamaguchi.katsudo.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.member.MemberFixtures;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every redirect to a path the visitor gave (the display switch's {@code back}, the member login's
 * {@code next}) carries a Location header of valid ASCII, and {@code /error} asked for directly is
 * a page that does not exist. The outside review: {@code GET /display?back=/%EF%BC%8E/x} answered
 * 303 without {@code Location} (the servlet container drops a header it cannot write), {@code GET
 * /error} answered 500.
 */
@IntegrationTest
class RedirectTargetsTest {

  @Autowired MockMvc mvc;
  @Autowired MemberAccounts members;

  @Test
  void theDisplaySwitchSendsTheVisitorBackToAPathWithNonAsciiCharacters() throws Exception {
    MockHttpServletResponse r =
        mvc.perform(get("/display?text=large&back=/%EF%BC%8E/x")).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(303);
    assertThat(r.getHeader("Location")).isEqualTo("/%EF%BC%8E/x");

    r =
        mvc.perform(get("/display").param("color", "dark").param("back", "/events?q=環境 保全"))
            .andReturn()
            .getResponse();
    assertThat(r.getHeader("Location"))
        .isEqualTo("/events?q=%E7%92%B0%E5%A2%83%20%E4%BF%9D%E5%85%A8");
  }

  @Test
  void theMemberLoginsNextIsEncodedToo() throws Exception {
    MemberRef m = MemberFixtures.activeMember(members);
    MockHttpServletResponse r =
        mvc.perform(
                post("/login")
                    .with(csrf())
                    .param("loginId", m.loginId())
                    .param("password", MemberFixtures.PASSWORD)
                    .param("next", "/events?q=環境&x={y}"))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).isEqualTo(302);
    assertThat(r.getRedirectedUrl()).isEqualTo("/events?q=%E7%92%B0%E5%A2%83&x=%7By%7D");
    // and so is it for a member who is signed in already
    Cookie session = r.getCookie("SESSION");
    assertThat(
            mvc.perform(get("/login").cookie(session).param("next", "/．/x"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl())
        .isEqualTo("/%EF%BC%8E/x");
  }

  @Test
  void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
    for (String path : new String[] {"/error", "/error?x=1"}) {
      MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
      assertThat(r.getStatus()).as(path).isEqualTo(404);
      assertThat(r.getContentAsString(StandardCharsets.UTF_8))
          .contains("lang=\"ja\"")
          .contains("ページが見つかりません");
    }
    assertThat(mvc.perform(post("/error").with(csrf())).andReturn().getResponse().getStatus())
        .isEqualTo(404);
  }
}
