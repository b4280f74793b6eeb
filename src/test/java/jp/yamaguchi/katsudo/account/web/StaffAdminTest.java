package jp.yamaguchi.katsudo.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.account.StaffSummary;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;

@IntegrationTest
class StaffAdminTest {

  private static final String ME = "staff-web-admin";
  private static final String PASSWORD = "Initial-Password-2026";

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;
  @Autowired StaffController controller;

  @AfterEach
  void cleanUp() {
    accounts.all().stream()
        .filter(a -> a.username().startsWith("staff-web-"))
        .forEach(a -> accounts.delete(a.id(), "cleanup"));
  }

  private StaffSummary me() {
    return accounts
        .byUsername(ME)
        .orElseGet(() -> accounts.create(ME, "管理 太郎", null, PASSWORD, StaffRole.ADMIN));
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void editorsMayNotManageStaff() throws Exception {
    // the controller checks the role itself as well, not only through the URL rules
    assertThatThrownBy(() -> controller.newForm(new ExtendedModelMap()))
        .isInstanceOf(AccessDeniedException.class);
    mvc.perform(get("/admin/staff")).andExpect(status().isForbidden());
    mvc.perform(get("/admin/staff/new")).andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/staff/new")
                .with(csrf())
                .param("username", "staff-web-x")
                .param("displayName", "x")
                .param("role", "ADMIN")
                .param("password", PASSWORD)
                .param("passwordConfirmation", PASSWORD))
        .andExpect(status().isForbidden());
    assertThat(accounts.byUsername("staff-web-x")).isEmpty();
  }

  @Test
  @WithMockUser(username = ME, roles = "ADMIN")
  void createEditResetAndDeleteAnAccount() throws Exception {
    me();
    mvc.perform(get("/admin/staff"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(ME)))
        .andExpect(content().string(containsString("（あなた）")));
    mvc.perform(
            post("/admin/staff/new")
                .with(csrf())
                .param("username", "staff-web-hanako")
                .param("displayName", "周南 花子")
                .param("email", "hanako@example.jp")
                .param("role", "EDITOR")
                .param("password", PASSWORD)
                .param("passwordConfirmation", PASSWORD))
        .andExpect(redirectedUrl("/admin/staff"))
        .andExpect(flash().attribute("success", "周南 花子さんのアカウント（ログインID：staff-web-hanako）を作成しました。"));
    StaffSummary hanako = accounts.byUsername("staff-web-hanako").orElseThrow();
    assertThat(hanako.role()).isEqualTo(StaffRole.EDITOR);
    assertThat(hanako.enabled()).isTrue();
    mvc.perform(formLogin("/admin/login").user("staff-web-hanako").password(PASSWORD))
        .andExpect(redirectedUrl("/admin/"));

    mvc.perform(get("/admin/staff").param("role", "EDITOR").param("status", "enabled"))
        .andExpect(content().string(containsString("周南 花子")))
        .andExpect(content().string(not(containsString("管理 太郎"))));

    // suspend: she can no longer sign in
    mvc.perform(
            post("/admin/staff/" + hanako.id() + "/edit")
                .with(csrf())
                .param("displayName", "周南 花子")
                .param("email", "hanako@example.jp")
                .param("role", "EDITOR")
                .param("_enabled", "on"))
        .andExpect(redirectedUrl("/admin/staff"));
    assertThat(accounts.get(hanako.id()).enabled()).isFalse();
    mvc.perform(formLogin("/admin/login").user("staff-web-hanako").password(PASSWORD))
        .andExpect(redirectedUrl("/admin/login?error"));

    // a new password set by the administrator, without her current one
    mvc.perform(
            post("/admin/staff/" + hanako.id() + "/password")
                .with(csrf())
                .param("password", "Second-Password-2026")
                .param("passwordConfirmation", "Second-Password-2026"))
        .andExpect(redirectedUrl("/admin/staff"));
    mvc.perform(
            post("/admin/staff/" + hanako.id() + "/edit")
                .with(csrf())
                .param("displayName", "周南 花子")
                .param("role", "ADMIN")
                .param("enabled", "true"))
        .andExpect(redirectedUrl("/admin/staff"));
    mvc.perform(formLogin("/admin/login").user("staff-web-hanako").password("Second-Password-2026"))
        .andExpect(redirectedUrl("/admin/"));

    mvc.perform(get("/admin/staff/" + hanako.id() + "/delete"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("周南 花子さんのアカウントを削除しますか")));
    mvc.perform(post("/admin/staff/" + hanako.id() + "/delete").with(csrf()))
        .andExpect(redirectedUrl("/admin/staff"));
    assertThat(accounts.byUsername("staff-web-hanako")).isEmpty();
  }

  @Test
  @WithMockUser(username = ME, roles = "ADMIN")
  void badInputIsExplainedAndKept() throws Exception {
    me();
    mvc.perform(
            post("/admin/staff/new")
                .with(csrf())
                .param("username", "山口")
                .param("displayName", "")
                .param("email", "not-an-address")
                .param("role", "ADMIN")
                .param("password", "short")
                .param("passwordConfirmation", "different"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：職員アカウントを作成する")))
        .andExpect(content().string(containsString("ログインIDは半角の英数字と「.」「_」「-」で3～100文字")))
        .andExpect(content().string(containsString("氏名を入力してください。")))
        .andExpect(content().string(containsString("メールアドレスを正しい形で入力してください")))
        .andExpect(content().string(containsString("パスワードは12文字以上で入力してください。")))
        .andExpect(content().string(containsString("パスワード（確認）が、パスワードと一致しません。")))
        .andExpect(content().string(containsString("value=\"山口\"")))
        .andExpect(content().string(containsString("value=\"not-an-address\"")))
        .andExpect(content().string(not(containsString("value=\"short\""))));

    mvc.perform(
            post("/admin/staff/new")
                .with(csrf())
                .param("username", ME)
                .param("displayName", "同じID")
                .param("role", "EDITOR")
                .param("password", PASSWORD)
                .param("passwordConfirmation", PASSWORD))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("このログインIDは既に使われています。")))
        .andExpect(content().string(containsString("href=\"#username\"")));
  }

  @Test
  @WithMockUser(username = ME, roles = "ADMIN")
  void anAdministratorCannotLockThemselvesOut() throws Exception {
    StaffSummary me = me();
    mvc.perform(
            post("/admin/staff/" + me.id() + "/edit")
                .with(csrf())
                .param("displayName", "管理 太郎")
                .param("role", "EDITOR")
                .param("enabled", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ご自身の権限は管理者から変更できません。")));
    mvc.perform(
            post("/admin/staff/" + me.id() + "/edit")
                .with(csrf())
                .param("displayName", "管理 太郎")
                .param("role", "ADMIN")
                .param("_enabled", "on"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ご自身のアカウントは停止できません。")));
    mvc.perform(get("/admin/staff/" + me.id() + "/delete"))
        .andExpect(content().string(containsString("ご自身のアカウントは削除できません。")))
        .andExpect(content().string(not(containsString(">削除する</button>"))));
    mvc.perform(post("/admin/staff/" + me.id() + "/delete").with(csrf()))
        .andExpect(redirectedUrl("/admin/staff/" + me.id() + "/delete"))
        .andExpect(flash().attribute("error", "ご自身のアカウントは削除できません。"));
    StaffSummary still = accounts.get(me.id());
    assertThat(still.role()).isEqualTo(StaffRole.ADMIN);
    assertThat(still.enabled()).isTrue();

    // changing one's own password needs the current one
    mvc.perform(
            post("/admin/staff/" + me.id() + "/password")
                .with(csrf())
                .param("currentPassword", "wrong-password-123")
                .param("password", "Brand-New-Password-1")
                .param("passwordConfirmation", "Brand-New-Password-1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("現在のパスワードが正しくありません。")));
    mvc.perform(
            post("/admin/staff/" + me.id() + "/password")
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("password", "Brand-New-Password-1")
                .param("passwordConfirmation", "Brand-New-Password-1"))
        .andExpect(redirectedUrl("/admin/staff"));
  }
}
