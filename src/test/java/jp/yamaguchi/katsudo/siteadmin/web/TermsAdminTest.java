package jp.yamaguchi.katsudo.siteadmin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import jp.yamaguchi.katsudo.core.terms.Terms;
import jp.yamaguchi.katsudo.core.terms.TermsKind;
import jp.yamaguchi.katsudo.core.terms.TermsText;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@DateSensitive
class TermsAdminTest {

  @Autowired MockMvc mvc;
  @Autowired Terms terms;

  @Test
  void publicTermsPagesShowTheCurrentVersionOfEachSite() throws Exception {
    TermsText supernet = terms.current(TermsKind.SUPERNET_REGISTRATION).orElseThrow();
    TermsText aikasanet = terms.current(TermsKind.AIKASANET_USE).orElseThrow();
    mvc.perform(get("/terms"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-site=\"supernet\"")))
        .andExpect(
            content()
                .string(containsString("<h1 class=\"page-title\">" + supernet.title() + "</h1>")))
        .andExpect(content().string(containsString("第" + supernet.version() + "版（")))
        .andExpect(content().string(containsString("から適用）")))
        .andExpect(content().string(containsString("第1条")))
        .andExpect(content().string(containsString("aria-current=\"page\">" + supernet.title())));
    mvc.perform(get("/aikasanet/terms"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-site=\"aikasanet\"")))
        .andExpect(content().string(containsString(aikasanet.title())))
        .andExpect(content().string(containsString("第" + aikasanet.version() + "版（")));
  }

  @Test
  void footersAndSitemapLinkTheTerms() throws Exception {
    mvc.perform(get("/"))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<a class=\"footer-nav__link\" href=\"/terms\">スーパーネット登録規約</a>")));
    mvc.perform(get("/aikasanet/"))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<a class=\"footer-nav__link\" href=\"/aikasanet/terms\">利用規約</a>")));
    mvc.perform(get("/sitemap.xml"))
        .andExpect(content().string(containsString("<loc>http://localhost:8080/terms</loc>")))
        .andExpect(
            content().string(containsString("<loc>http://localhost:8080/aikasanet/terms</loc>")));
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void editorsSeeTheVersions() throws Exception {
    mvc.perform(get("/admin/terms"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("スーパーネット登録規約")))
        .andExpect(content().string(containsString("あいかさねっと利用規約")))
        .andExpect(content().string(containsString("適用中")))
        .andExpect(
            content().string(containsString("href=\"/admin/terms/supernet-registration/1\"")));
    mvc.perform(get("/admin/terms/supernet-registration/1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("スーパーネット登録規約 第1版")))
        .andExpect(content().string(containsString("第1条")));
    mvc.perform(get("/admin/terms/supernet-registration/9999")).andExpect(status().isNotFound());
    mvc.perform(get("/admin/terms/other/1")).andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(username = "terms-editor", roles = "EDITOR")
  void aNewVersionIsPrefilledSanitizedAndAppliesFromItsDate() throws Exception {
    TermsText current = terms.current(TermsKind.AIKASANET_USE).orElseThrow();
    TermsText latest = terms.latest(TermsKind.AIKASANET_USE).orElseThrow();
    mvc.perform(get("/admin/terms/aikasanet-use/new"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + latest.title() + "\"")))
        .andExpect(content().string(containsString("第" + (latest.version() + 1) + "版の作成")))
        .andExpect(content().string(containsString("&lt;h2&gt;")));

    String marker = "改定" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(
            post("/admin/terms/aikasanet-use/new")
                .with(csrf())
                .param("title", current.title())
                .param("body", current.body() + "<p>" + marker + "</p><script>alert('x')</script>")
                .param("effectiveOn", terms.today().toString()))
        .andExpect(redirectedUrl("/admin/terms"));
    TermsText now = terms.current(TermsKind.AIKASANET_USE).orElseThrow();
    assertThat(now.version()).isGreaterThan(current.version());
    assertThat(now.createdBy()).isEqualTo("terms-editor");
    assertThat(now.body()).contains(marker).doesNotContain("<script");
    mvc.perform(get("/aikasanet/terms"))
        .andExpect(content().string(containsString(marker)))
        .andExpect(content().string(containsString("第" + now.version() + "版（")))
        .andExpect(content().string(not(containsString("alert('x')"))));
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void missingValuesAreExplainedAndKept() throws Exception {
    int before = terms.versions(TermsKind.SUPERNET_REGISTRATION).size();
    mvc.perform(
            post("/admin/terms/supernet-registration/new")
                .with(csrf())
                .param("title", "")
                .param("body", "<p>改定案の本文</p>")
                .param("effectiveOn", "2026-13-45"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：")))
        .andExpect(content().string(containsString("題名を入力してください。")))
        .andExpect(content().string(containsString("適用開始日を正しい日付で入力してください")))
        .andExpect(content().string(containsString("&lt;p&gt;改定案の本文&lt;/p&gt;")));
    assertThat(terms.versions(TermsKind.SUPERNET_REGISTRATION)).hasSize(before);
  }
}
