package jp.yamaguchi.katsudo.siteadmin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.yamaguchi.katsudo.core.settings.SiteSetting;
import jp.yamaguchi.katsudo.core.settings.SiteSettingRepository;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class SiteSettingsAdminTest {

  @Autowired MockMvc mvc;
  @Autowired SiteSettings settings;
  @Autowired SiteSettingRepository repository;

  private SiteSetting saved;

  @BeforeEach
  void remember() {
    saved = settings.editable(Site.AIKASANET);
  }

  @AfterEach
  void restore() {
    SiteSetting s = settings.editable(Site.AIKASANET);
    s.setGa4MeasurementId(saved.getGa4MeasurementId());
    s.setFacebookUrl(saved.getFacebookUrl());
    s.setXUrl(saved.getXUrl());
    s.setInstagramUrl(saved.getInstagramUrl());
    s.setLineUrl(saved.getLineUrl());
    s.setYoutubeUrl(saved.getYoutubeUrl());
    s.setContactName(saved.getContactName());
    s.setContactPostalCode(saved.getContactPostalCode());
    s.setContactAddress(saved.getContactAddress());
    s.setContactPhone(saved.getContactPhone());
    s.setContactFax(saved.getContactFax());
    s.setContactEmail(saved.getContactEmail());
    s.setContactHours(saved.getContactHours());
    settings.save(s, "test");
  }

  /** A valid form of the Aikasanet settings, with some values replaced (name, value, ...). */
  private static MockHttpServletRequestBuilder validForm(String... overrides) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("ga4MeasurementId", "");
    values.put("facebookUrl", "https://www.facebook.com/aikasanet");
    values.put("xUrl", "  ");
    values.put("instagramUrl", "");
    values.put("lineUrl", "https://lin.ee/abcdef");
    values.put("youtubeUrl", "");
    values.put("contactName", "あいかさねっと事務局（試験）");
    values.put("contactPostalCode", "753-0072");
    values.put("contactAddress", "山口県山口市大手町9-6");
    values.put("contactPhone", "083-000-0000");
    values.put("contactFax", "");
    values.put("contactEmail", "aikasanet@example.jp");
    values.put("contactHours", "");
    for (int i = 0; i < overrides.length; i += 2) values.put(overrides[i], overrides[i + 1]);
    MockHttpServletRequestBuilder request = post("/admin/settings/site/aikasanet").with(csrf());
    values.forEach(request::param);
    return request;
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void editorsMayNotOpenSiteSettings() throws Exception {
    mvc.perform(get("/admin/settings/site/supernet")).andExpect(status().isForbidden());
    mvc.perform(validForm()).andExpect(status().isForbidden());
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void formShowsEachSiteWithTabs() throws Exception {
    mvc.perform(get("/admin/settings/site"))
        .andExpect(redirectedUrl("/admin/settings/site/supernet"));
    mvc.perform(get("/admin/settings/site/aikasanet"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("サイト設定：あいかさねっと")))
        .andExpect(content().string(containsString("href=\"/admin/settings/site/supernet\"")))
        .andExpect(content().string(containsString("GA4 測定ID")));
    mvc.perform(get("/admin/settings/site/nowhere")).andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(username = "settings-admin", roles = "ADMIN")
  void savesAndStoresBlankValuesAsNull() throws Exception {
    mvc.perform(validForm())
        .andExpect(redirectedUrl("/admin/settings/site/aikasanet"))
        .andExpect(flash().attribute("success", "あいかさねっとの設定を保存しました。"));
    SiteSetting stored = repository.findById(Site.AIKASANET).orElseThrow();
    assertThat(stored.getContactName()).isEqualTo("あいかさねっと事務局（試験）");
    assertThat(stored.getFacebookUrl()).isEqualTo("https://www.facebook.com/aikasanet");
    assertThat(stored.getXUrl()).isNull();
    assertThat(stored.getGa4MeasurementId()).isNull();
    assertThat(stored.getContactFax()).isNull();
    assertThat(stored.getContactHours()).isNull();
    assertThat(stored.getUpdatedBy()).isEqualTo("settings-admin");
    mvc.perform(get("/aikasanet/"))
        .andExpect(content().string(containsString("あいかさねっと事務局（試験）")))
        .andExpect(content().string(containsString("href=\"https://www.facebook.com/aikasanet\"")))
        .andExpect(content().string(not(containsString("FAX</span>："))));
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void badValuesAreExplainedInJapaneseAndKept() throws Exception {
    mvc.perform(
            validForm(
                "ga4MeasurementId", "UA-12345-1",
                "facebookUrl", "http://www.facebook.com/aikasanet",
                "contactName", "",
                "contactPostalCode", "7530072"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：サイト設定：あいかさねっと")))
        .andExpect(content().string(containsString("入力内容に問題があります")))
        .andExpect(content().string(containsString("GA4 測定IDは「G-」に続けて英大文字と数字4～12文字で入力してください")))
        .andExpect(content().string(containsString("URLは「https://」で始まる形で入力してください。")))
        .andExpect(content().string(containsString("名称を入力してください。")))
        .andExpect(content().string(containsString("郵便番号は半角数字で「3桁-4桁」")))
        .andExpect(content().string(containsString("href=\"#ga4MeasurementId\"")))
        .andExpect(content().string(containsString("value=\"UA-12345-1\"")))
        .andExpect(content().string(containsString("value=\"http://www.facebook.com/aikasanet\"")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    assertThat(repository.findById(Site.AIKASANET).orElseThrow().getContactName())
        .isEqualTo(saved.getContactName());
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void analyticsTagAndWiderPolicyOnlyWithAMeasurementId() throws Exception {
    mvc.perform(validForm("ga4MeasurementId", "")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/aikasanet/"))
        .andExpect(
            header().string("Content-Security-Policy", not(containsString("googletagmanager"))))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
        .andExpect(content().string(not(containsString("/js/ga"))))
        .andExpect(content().string(not(containsString("data-measurement-id"))));

    mvc.perform(validForm("ga4MeasurementId", "G-TEST1234AB"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/aikasanet/"))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    containsString("script-src 'self' https://www.googletagmanager.com;")))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy", containsString("https://*.google-analytics.com")))
        .andExpect(content().string(containsString("data-measurement-id=\"G-TEST1234AB\"")))
        .andExpect(content().string(containsString("src=\"/js/ga")));
    // the other site keeps its own, narrow policy
    mvc.perform(get("/"))
        .andExpect(
            header().string("Content-Security-Policy", not(containsString("googletagmanager"))))
        .andExpect(content().string(not(containsString("data-measurement-id"))));
    // the admin never loads the tag
    mvc.perform(get("/admin/settings/site/aikasanet"))
        .andExpect(
            header().string("Content-Security-Policy", not(containsString("googletagmanager"))));
  }
}
