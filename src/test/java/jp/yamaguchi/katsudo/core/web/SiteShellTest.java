package jp.yamaguchi.katsudo.core.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SiteShellTest {

  @Autowired MockMvc mvc;
  @Autowired jp.yamaguchi.katsudo.core.redirect.LegacyRedirectRepository redirects;
  @Autowired jp.yamaguchi.katsudo.core.redirect.LegacyRedirects legacyRedirects;

  @Test
  void oldPathInTheStaffTableRedirectsBeforeA404() throws Exception {
    String old = "/boshu/boshu" + System.nanoTime() + "/";
    redirects.save(
        new jp.yamaguchi.katsudo.core.redirect.LegacyRedirect(
            old, "/aikasanet/", "test", "test", jp.yamaguchi.katsudo.support.TestClock.START));
    mvc.perform(get(old))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", "/aikasanet/"));
    mvc.perform(get(old.substring(0, old.length() - 1)))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", "/aikasanet/"));
    legacyRedirects.flushHits();
    org.assertj.core.api.Assertions.assertThat(redirects.findByOldPath(old).orElseThrow().getHits())
        .isEqualTo(2);
  }

  @Test
  void aChangedRedirectTakesEffectAtOnceAndAnUnknownPathIsRememberedAsUnknown() throws Exception {
    String old = "/mailmaga/mailmaga" + System.nanoTime() + "/";
    mvc.perform(get(old)).andExpect(status().isNotFound());
    var created = legacyRedirects.create(old, "/news", null, "test");
    mvc.perform(get(old))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", "/news"));
    legacyRedirects.update(created.getId(), old, "/center-news", null);
    mvc.perform(get(old)).andExpect(header().string("Location", "/center-news"));
    legacyRedirects.delete(created.getId());
    mvc.perform(get(old)).andExpect(status().isNotFound());
  }

  @Test
  void supernetHomeHasTheShell() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"ja\" data-site=\"supernet\"")))
        .andExpect(content().string(containsString("<title>トップページ | 県民活動スーパーネット</title>")))
        .andExpect(
            content().string(containsString("<a class=\"skip-link\" href=\"#main\">本文へ移動</a>")))
        .andExpect(content().string(containsString("<main id=\"main\"")))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
        .andExpect(header().doesNotExist("Set-Cookie"));
  }

  @Test
  void aikasanetHomeUsesItsOwnShell() throws Exception {
    mvc.perform(get("/aikasanet/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-site=\"aikasanet\"")))
        .andExpect(content().string(containsString("<title>トップページ | あいかさねっと</title>")));
  }

  @Test
  void oldAikasanetPrefixMovesPermanently() throws Exception {
    mvc.perform(get("/boranet201909/match/match4418/?a=1"))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", "/aikasanet/match/match4418/?a=1"));
  }

  @Test
  void unknownPageIsAJapanese404InTheSiteShell() throws Exception {
    mvc.perform(get("/aikasanet/no-such-page"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("お探しのページが見つかりません")))
        .andExpect(content().string(containsString("data-site=\"aikasanet\"")));
  }

  @Test
  void displaySwitchStoresTheChoiceAndReturnsToThePage() throws Exception {
    mvc.perform(
            get("/display")
                .param("text", "xlarge")
                .param("color", "inverse")
                .param("back", "/aikasanet/"))
        .andExpect(status().isSeeOther())
        .andExpect(redirectedUrl("/aikasanet/"))
        .andExpect(cookie().value(DisplayPreferences.TEXT_COOKIE, "xlarge"))
        .andExpect(cookie().value(DisplayPreferences.COLOR_COOKIE, "inverse"))
        .andExpect(cookie().httpOnly(DisplayPreferences.TEXT_COOKIE, true));
    mvc.perform(
            get("/")
                .cookie(
                    new Cookie(DisplayPreferences.TEXT_COOKIE, "xlarge"),
                    new Cookie(DisplayPreferences.COLOR_COOKIE, "inverse")))
        .andExpect(
            content()
                .string(containsString("data-text-size=\"xlarge\" data-color-scheme=\"inverse\"")));
  }

  @Test
  void scriptEnhancedSwitchGetsNoContent() throws Exception {
    mvc.perform(get("/display").param("text", "large").header("X-Requested-With", "fetch"))
        .andExpect(status().isNoContent())
        .andExpect(cookie().value(DisplayPreferences.TEXT_COOKIE, "large"));
  }

  @Test
  void forgedPreferenceNeverReachesTheMarkup() throws Exception {
    mvc.perform(get("/").cookie(new Cookie(DisplayPreferences.TEXT_COOKIE, "\"><script>")))
        .andExpect(content().string(containsString("data-text-size=\"standard\"")))
        .andExpect(content().string(not(containsString("\"><script>"))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "\\\\evil",
        "javascript:alert(1)"
      })
  void displaySwitchNeverRedirectsOutside(String back) throws Exception {
    mvc.perform(get("/display").param("text", "large").param("back", back))
        .andExpect(status().isSeeOther())
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void robotsAndSitemapAreServed() throws Exception {
    mvc.perform(get("/robots.txt"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Disallow: /admin/")))
        .andExpect(content().string(containsString("Disallow: /aikasanet/mypage")))
        .andExpect(content().string(containsString("Disallow: /account/")))
        .andExpect(content().string(containsString("Sitemap: http://localhost:8080/sitemap.xml")));
    mvc.perform(get("/sitemap.xml"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<loc>http://localhost:8080/</loc>")))
        .andExpect(content().string(containsString("<loc>http://localhost:8080/aikasanet/</loc>")));
  }
}
