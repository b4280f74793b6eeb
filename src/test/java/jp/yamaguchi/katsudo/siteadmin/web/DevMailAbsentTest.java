package jp.yamaguchi.katsudo.siteadmin.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Without the development mail server (production, tests) the viewer does not exist. */
@IntegrationTest
class DevMailAbsentTest {

  @Autowired MockMvc mvc;

  @Test
  @WithMockUser(roles = "ADMIN")
  void theViewerIsNotThereAndNotInTheMenu() throws Exception {
    mvc.perform(get("/admin/settings/mails")).andExpect(status().isNotFound());
    mvc.perform(get("/admin/settings/mails/1")).andExpect(status().isNotFound());
    mvc.perform(get("/admin/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/admin/settings/site\"")))
        .andExpect(content().string(containsString("href=\"/admin/staff\"")))
        .andExpect(content().string(not(containsString("/admin/settings/mails"))));
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void editorsSeeContentItemsButNotTheSettingsSection() throws Exception {
    mvc.perform(get("/admin/"))
        .andExpect(content().string(containsString("href=\"/admin/notices\"")))
        .andExpect(content().string(containsString("href=\"/admin/terms\"")))
        .andExpect(content().string(not(containsString("href=\"/admin/settings/site\""))));
    mvc.perform(get("/admin/settings/mails")).andExpect(status().isForbidden());
  }
}
