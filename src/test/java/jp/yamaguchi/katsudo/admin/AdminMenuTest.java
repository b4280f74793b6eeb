package jp.yamaguchi.katsudo.admin;

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

/** Menu sections and dashboard groups are message IDs; the admin pages show their Japanese text. */
@IntegrationTest
class AdminMenuTest {

  @Autowired MockMvc mvc;

  @Test
  @WithMockUser(roles = "ADMIN")
  void anAdministratorSeesBothMenuSectionsAndTheDashboardGroups() throws Exception {
    mvc.perform(get("/admin/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h2 class=\"admin-nav__heading\">コンテンツ</h2>")))
        .andExpect(
            content().string(containsString("<h2 class=\"admin-nav__heading\">設定（管理者のみ）</h2>")))
        .andExpect(content().string(containsString(">対応が必要なもの</h2>")))
        .andExpect(content().string(containsString(">掲載中のコンテンツ</h2>")))
        .andExpect(content().string(not(containsString("admin.menu.section"))))
        .andExpect(content().string(not(containsString("admin.dashboard.group"))));
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void anEditorSeesNoSettingsSection() throws Exception {
    mvc.perform(get("/admin/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h2 class=\"admin-nav__heading\">コンテンツ</h2>")))
        .andExpect(content().string(not(containsString("設定（管理者のみ）"))));
  }
}
