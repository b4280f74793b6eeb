package jp.yamaguchi.katsudo.core.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import jakarta.servlet.http.Cookie;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PageCacheFilterTest {

  @Autowired MockMvc mvc;
  @Autowired PageCache cache;
  @Autowired ApplicationEventPublisher events;

  @BeforeEach
  void empty() {
    cache.clear();
  }

  @Test
  void secondAnonymousRequestIsServedFromTheCacheWithTheSameHeaders() throws Exception {
    mvc.perform(get("/aikasanet/")).andExpect(header().doesNotExist("X-Page-Cache"));
    mvc.perform(get("/aikasanet/"))
        .andExpect(header().string("X-Page-Cache", "hit"))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("default-src 'self'")))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(content().contentTypeCompatibleWith("text/html"))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("data-site=\"aikasanet\"")));
  }

  @Test
  void displayPreferencesArePartOfTheKey() throws Exception {
    mvc.perform(get("/"));
    mvc.perform(get("/").cookie(new Cookie(DisplayPreferences.COLOR_COOKIE, "blue")))
        .andExpect(header().doesNotExist("X-Page-Cache"))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("data-color-scheme=\"blue\"")));
  }

  @Test
  void aChangeToPublicContentEmptiesTheCache() throws Exception {
    mvc.perform(get("/"));
    mvc.perform(get("/")).andExpect(header().string("X-Page-Cache", "hit"));
    events.publishEvent(new ContentChanged("page", 1L));
    mvc.perform(get("/")).andExpect(header().doesNotExist("X-Page-Cache"));
  }

  @Test
  void visitorsWithASessionAndErrorsAreNeverCached() throws Exception {
    mvc.perform(get("/").cookie(new Cookie("SESSION", "abc")));
    mvc.perform(get("/").cookie(new Cookie("SESSION", "abc")))
        .andExpect(header().doesNotExist("X-Page-Cache"));
    mvc.perform(get("/no-such-page"));
    mvc.perform(get("/no-such-page")).andExpect(header().doesNotExist("X-Page-Cache"));
  }

  @Test
  void parametersArePartOfTheKeyInAnyOrder() throws Exception {
    mvc.perform(get("/").param("a", "1").param("b", "2"));
    mvc.perform(get("/").param("b", "2").param("a", "1"))
        .andExpect(header().string("X-Page-Cache", "hit"));
    mvc.perform(get("/").param("a", "3")).andExpect(header().doesNotExist("X-Page-Cache"));
  }
}
