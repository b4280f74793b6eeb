package jp.yamaguchi.katsudo.support;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * One browser for MockMvc: carries the Spring Session cookie from response to request, picking up a
 * new one when the server changes the session ID (login) — MockMvc's {@code .session(...)} would
 * hold the container's session, which Spring Session does not use.
 */
public class SessionClient {

  public static final String COOKIE = "SESSION";

  private final MockMvc mvc;
  private Cookie session;

  public SessionClient(MockMvc mvc) {
    this.mvc = mvc;
  }

  public ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    if (session != null) request.cookie(session);
    ResultActions result = mvc.perform(request);
    Cookie next = result.andReturn().getResponse().getCookie(COOKIE);
    if (next != null) session = next.getMaxAge() == 0 ? null : next;
    return result;
  }

  /** The current session cookie, or null. */
  public Cookie cookie() {
    return session;
  }
}
