package jp.yamaguchi.katsudo.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Page numbers no list reaches are "not found" on every paged list, never a server error. */
@IntegrationTest
class PageParameterGuardTest {

  @Autowired MockMvc mvc;

  @Test
  void hugePageNumbersAreNotFound() throws Exception {
    for (String list :
        new String[] {
          "/events", "/grants", "/reports", "/books", "/supportmail", "/directory", "/news"
        }) {
      for (String page : new String[] {"107374183", "99999999999999999999"}) {
        int status =
            mvc.perform(get(list).param("page", page)).andReturn().getResponse().getStatus();
        assertThat(status).as(list + "?page=" + page).isEqualTo(404);
      }
      int ok = mvc.perform(get(list).param("page", "1")).andReturn().getResponse().getStatus();
      assertThat(ok).as(list + "?page=1").isLessThan(500);
    }
  }

  @Test
  void onlyPlainNumbersAboveTheLimitAreTooLarge() {
    assertThat(PageParameterGuard.tooLarge("100000")).isFalse();
    assertThat(PageParameterGuard.tooLarge("100001")).isTrue();
    assertThat(PageParameterGuard.tooLarge("-5")).isFalse();
    assertThat(PageParameterGuard.tooLarge("abc")).isFalse();
    assertThat(PageParameterGuard.tooLarge("")).isFalse();
  }
}
