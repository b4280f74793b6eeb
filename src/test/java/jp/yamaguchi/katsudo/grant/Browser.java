package jp.yamaguchi.katsudo.grant;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * One browser for MockMvc that also sends multipart forms: carries the Spring Session cookie from
 * response to request, like {@code support.SessionClient} does for plain requests.
 */
public class Browser {

  private final MockMvc mvc;
  private Cookie session;

  public Browser(MockMvc mvc) {
    this.mvc = mvc;
  }

  public ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    if (session != null) request.cookie(session);
    ResultActions result = mvc.perform(request);
    Cookie next = result.andReturn().getResponse().getCookie("SESSION");
    if (next != null) session = next.getMaxAge() == 0 ? null : next;
    return result;
  }
}
