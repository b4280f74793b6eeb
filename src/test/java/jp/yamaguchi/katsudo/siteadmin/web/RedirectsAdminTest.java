package jp.yamaguchi.katsudo.siteadmin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import jp.yamaguchi.katsudo.core.redirect.LegacyRedirect;
import jp.yamaguchi.katsudo.core.redirect.LegacyRedirects;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@WithMockUser(username = "redirect-admin", roles = "ADMIN")
class RedirectsAdminTest {

  @Autowired MockMvc mvc;
  @Autowired LegacyRedirects redirects;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void cleanUp() {
    redirects.search(tag, PageRequest.of(0, 100)).forEach(r -> redirects.delete(r.getId()));
  }

  private LegacyRedirect mine(String oldPath) {
    return redirects.search(oldPath, PageRequest.of(0, 10)).getContent().stream()
        .filter(r -> r.getOldPath().equals(oldPath))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void editorsMayNotManageRedirects() throws Exception {
    mvc.perform(get("/admin/settings/redirects")).andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/settings/redirects/new")
                .with(csrf())
                .param("oldPath", "/x/" + tag)
                .param("newUrl", "/"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aCreatedRedirectAnswersTheOldPathAndCountsHits() throws Exception {
    String old = "/boshu/boshu" + tag + "/";
    mvc.perform(
            post("/admin/settings/redirects/new")
                .with(csrf())
                .param("oldPath", old)
                .param("newUrl", "/aikasanet/")
                .param("note", "旧募集ページ"))
        .andExpect(redirectedUrl("/admin/settings/redirects"));
    LegacyRedirect r = mine(old);
    assertThat(r.getCreatedBy()).isEqualTo("redirect-admin");
    assertThat(r.getHits()).isZero();

    mvc.perform(get(old))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", "/aikasanet/"));
    mvc.perform(get("/boshu/boshu" + tag)).andExpect(status().isMovedPermanently());
    redirects.flushHits();
    assertThat(mine(old).getHits()).isEqualTo(2);

    mvc.perform(get("/admin/settings/redirects").param("q", "boshu" + tag))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(old)))
        .andExpect(content().string(containsString("旧募集ページ")))
        .andExpect(content().string(containsString("<td data-numeric>2</td>")))
        .andExpect(content().string(containsString("全1件")));
    mvc.perform(get("/admin/settings/redirects").param("q", "nothing-" + tag))
        .andExpect(content().string(containsString("該当する転送はありません。")));

    // edit to an https target
    mvc.perform(
            post("/admin/settings/redirects/" + r.getId() + "/edit")
                .with(csrf())
                .param("oldPath", old)
                .param("newUrl", "https://www.pref.yamaguchi.lg.jp/")
                .param("note", ""))
        .andExpect(redirectedUrl("/admin/settings/redirects"));
    mvc.perform(get(old))
        .andExpect(header().string("Location", "https://www.pref.yamaguchi.lg.jp/"));
    assertThat(mine(old).getNote()).isNull();

    // delete after confirming
    mvc.perform(get("/admin/settings/redirects/" + r.getId() + "/delete"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("「" + old + "」の転送を削除しますか")));
    mvc.perform(post("/admin/settings/redirects/" + r.getId() + "/delete").with(csrf()))
        .andExpect(redirectedUrl("/admin/settings/redirects"));
    mvc.perform(get(old)).andExpect(status().isNotFound());
  }

  @Test
  void badPathsAndDuplicatesAreExplainedAndKept() throws Exception {
    mvc.perform(
            post("/admin/settings/redirects/new")
                .with(csrf())
                .param("oldPath", "https://old.example.jp/boshu/" + tag)
                .param("newUrl", "javascript:alert(1)"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：転送を追加する")))
        .andExpect(content().string(containsString("旧URLは「/」で始まるパスで入力してください")))
        .andExpect(
            content().string(containsString("value=\"https://old.example.jp/boshu/" + tag + "\"")));
    mvc.perform(
            post("/admin/settings/redirects/new")
                .with(csrf())
                .param("oldPath", "/boshu/" + tag)
                .param("newUrl", "//evil.example/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("転送先は「/」で始まるこのサイトのパスか")));

    mvc.perform(
            post("/admin/settings/redirects/new")
                .with(csrf())
                .param("oldPath", "/dup/" + tag)
                .param("newUrl", "/"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/admin/settings/redirects/new")
                .with(csrf())
                .param("oldPath", "/dup/" + tag)
                .param("newUrl", "/aikasanet/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("この旧URLの転送は既に登録されています。")))
        .andExpect(content().string(containsString("href=\"#oldPath\"")));
    assertThat(mine("/dup/" + tag).getNewUrl()).isEqualTo("/");
  }

  @Test
  void theListIsSortableAndPaged() throws Exception {
    for (int i = 0; i < 22; i++) {
      redirects.create("/page/" + tag + "/" + (100 + i), "/", null, "t");
    }
    mvc.perform(get("/admin/settings/redirects").param("q", tag))
        .andExpect(content().string(containsString("全22件")))
        .andExpect(content().string(containsString("/page/" + tag + "/100")))
        .andExpect(content().string(not(containsString("/page/" + tag + "/121"))))
        .andExpect(content().string(containsString("aria-sort=\"ascending\"")))
        .andExpect(content().string(containsString("page=1")));
    mvc.perform(get("/admin/settings/redirects").param("q", tag).param("page", "1"))
        .andExpect(content().string(containsString("/page/" + tag + "/121")));
    mvc.perform(
            get("/admin/settings/redirects")
                .param("q", tag)
                .param("sort", "oldPath")
                .param("dir", "desc"))
        .andExpect(content().string(containsString("/page/" + tag + "/121")))
        .andExpect(content().string(containsString("aria-sort=\"descending\"")));
  }
}
