package jp.yamaguchi.katsudo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.NewsFixtures;
import jp.yamaguchi.katsudo.news.NewsKind;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * IPA vulnerability classes 1 (SQL injection), 3 (directory traversal), 5 (XSS), 9 (HTTP header
 * injection) and 12 (unintended file disclosure), tested against the running application.
 */
@IntegrationTest
class RequestSafetyTest {

  @Autowired MockMvc mvc;
  @Autowired jp.yamaguchi.katsudo.news.domain.NewsEditing editing;
  NewsFixtures news;

  @org.junit.jupiter.api.BeforeEach
  void fixtures() {
    news = new NewsFixtures(editing);
  }

  @Test
  void sqlMetacharactersInSearchesAreSearchedForNotExecuted() throws Exception {
    String title = NewsFixtures.unique("検索対象");
    news.published(Site.SUPERNET, NewsKind.NEWS, title, LocalDate.of(2026, 4, 1));
    for (String q :
        new String[] {
          "' OR '1'='1", "%' OR 1=1 --", "'; DROP TABLE news_item; --", "\\' UNION SELECT 1 --"
        }) {
      String body =
          mvc.perform(get("/admin/news").param("q", q).with(user("ed").roles("EDITOR")))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body).doesNotContain(title);
    }
    // the table is still there and the item is found by its own title
    String body =
        mvc.perform(get("/admin/news").param("q", title).with(user("ed").roles("EDITOR")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).contains(title);
  }

  @Test
  void scriptInContentIsShownAsTextNotRun() throws Exception {
    String title = NewsFixtures.unique("<script>alert('xss')</script><img src=x onerror=alert(1)>");
    var item = news.published(Site.SUPERNET, NewsKind.NEWS, title, LocalDate.of(2026, 4, 2));
    String page =
        mvc.perform(get("/news/" + item.getId())).andReturn().getResponse().getContentAsString();
    assertThat(page).doesNotContain("<script>alert('xss')").doesNotContain("<img src=x");
    assertThat(page).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/\r\nSet-Cookie: evil=1",
        "/\nSet-Cookie: evil=1",
        "/news\r\nLocation: https://evil.example/",
        "/news\u0085Set-Cookie: evil=1"
      })
  void lineBreaksInParametersNeverBecomeHeaders(String back) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/display").param("text", "large").param("back", back))
            .andReturn()
            .getResponse();
    assertThat(response.getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("evil"));
    String location = response.getHeader("Location");
    if (location != null) {
      assertThat(location).doesNotContain("\r").doesNotContain("\n").doesNotContain("evil");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/application.yml",
        "/application-test.yml",
        "/db/migration/V1__core.sql",
        "/templates/layout/public.html",
        "/security/common-passwords.txt",
        "/i18n/core_ja.properties",
        "/.git/config",
        "/var/keys/crypto.properties",
        "/WEB-INF/web.xml",
        "/META-INF/MANIFEST.MF",
        "/pom.xml",
        "/actuator/env",
        "/actuator/heapdump",
        "/actuator/configprops",
        "/css/../application.yml",
        "/css/..%2f..%2fapplication.yml",
        "/css/%2e%2e/%2e%2e/application.yml",
        "/media/00000000-0000-0000-0000-000000000000/..%2f..%2fapplication.yml",
        "/js/..%5c..%5capplication.yml"
      })
  void sourceConfigurationAndDataFilesAreNeverServed(String path) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isGreaterThanOrEqualTo(400);
    assertThat(response.getContentAsString())
        .doesNotContain("spring:")
        .doesNotContain("CREATE TABLE")
        .doesNotContain("[core]")
        .doesNotContain("key.");
  }

  @Test
  void onlyTheHealthEndpointIsExposed() throws Exception {
    assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus())
        .isEqualTo(200);
  }
}
