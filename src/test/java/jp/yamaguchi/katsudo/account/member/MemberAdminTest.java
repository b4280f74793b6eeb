package jp.yamaguchi.katsudo.account.member;

import static jp.yamaguchi.katsudo.account.member.MemberFixtures.PASSWORD;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.activeMember;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.emailOf;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.link;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.login;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.mailsTo;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.subject;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberKind;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.MemberStatus;
import jp.yamaguchi.katsudo.support.ClientAddress;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 会員アカウント in the admin: 管理者 only; create, list, detail, edit, suspend, delete, audited. */
@IntegrationTest
class MemberAdminTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  static final RequestPostProcessor ADMIN = user("chief-admin").roles("ADMIN");

  @Autowired MockMvc mvc;
  @Autowired MemberAccounts accounts;
  @Autowired JdbcClient jdbc;

  List<Map<String, Object>> audit(String action, long id) {
    return jdbc.sql("SELECT actor, target, detail FROM audit_log WHERE action = ? AND target = ?")
        .params(action, "member:" + id)
        .query()
        .listOfRows();
  }

  @Test
  void onlyAdministratorsManageMemberAccounts() throws Exception {
    MemberRef m = activeMember(accounts);
    for (String path :
        List.of("/admin/members", "/admin/members/new", "/admin/members/" + m.id())) {
      mvc.perform(get(path).with(user("editor").roles("EDITOR"))).andExpect(status().isForbidden());
      mvc.perform(get(path)).andExpect(redirectedUrl("/admin/login"));
      mvc.perform(get(path).with(ADMIN)).andExpect(status().isOk());
    }
    mvc.perform(
            post("/admin/members/" + m.id() + "/suspend")
                .with(csrf())
                .with(user("editor").roles("EDITOR")))
        .andExpect(status().isForbidden());
    assertThat(accounts.get(m.id()).status()).isEqualTo(MemberStatus.ACTIVE);
    // a member session is no staff session
    Cookie member = login(mvc, m);
    mvc.perform(get("/admin/members").cookie(member)).andExpect(redirectedUrl("/admin/login"));
  }

  @Test
  void staffCreateAnAccountAndThePersonSetsThePassword() throws Exception {
    String id = MemberFixtures.unique("staffmade");
    String email = id + "@example.jp";
    mvc.perform(
            post("/admin/members/new")
                .with(csrf())
                .with(ADMIN)
                .param("loginId", id)
                .param("email", email)
                .param("kind", "GROUP")
                .param("organisationName", "防府まちづくりの会")
                .param("site", "AIKASANET"))
        .andExpect(status().is3xxRedirection());
    MemberRef m = accounts.byLoginId(id).orElseThrow();
    assertThat(m.status()).isEqualTo(MemberStatus.PENDING);
    assertThat(m.kind()).isEqualTo(MemberKind.GROUP);
    assertThat(accounts.organisation(m.organisationId()).orElseThrow().name())
        .isEqualTo("防府まちづくりの会");
    assertThat(audit("ACCOUNT_REGISTER", m.id()).getFirst().get("actor")).isEqualTo("chief-admin");

    MimeMessage mail = mailsTo(greenMail, email, 1).getFirst();
    assertThat(subject(mail)).isEqualTo("【あいかさねっと】アカウントを作成しました");
    String link = link(mail);
    assertThat(link).startsWith("/aikasanet/account/password-reset/new?token=");
    Duration lifetime =
        jdbc.sql("SELECT created_at, expires_at FROM member_token WHERE account_id = ?")
            .param(m.id())
            .query(
                (rs, i) ->
                    Duration.between(
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant()))
            .single();
    assertThat(lifetime).isEqualTo(Duration.ofDays(7));

    // before the password is set the account cannot log in with anything
    mvc.perform(post("/login").with(csrf()).param("loginId", id).param("password", ""))
        .andExpect(status().isOk());
    mvc.perform(
            post("/aikasanet/account/password-reset/new")
                .with(csrf())
                .param("token", token(link))
                .param("password", PASSWORD))
        .andExpect(content().string(Matchers.containsString("パスワードを設定しました")));
    assertThat(accounts.get(m.id()).status()).isEqualTo(MemberStatus.ACTIVE);
    login(mvc, "/aikasanet/login", id, PASSWORD);
  }

  @Test
  void aCreateFormWithProblemsKeepsTheValues() throws Exception {
    MemberRef existing = activeMember(accounts);
    mvc.perform(
            post("/admin/members/new")
                .with(csrf())
                .with(ADMIN)
                .param("loginId", existing.loginId())
                .param("email", "new-" + existing.loginId() + "@example.jp")
                .param("kind", "INDIVIDUAL")
                .param("displayName", "徳山 一郎")
                .param("site", "SUPERNET"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("このログインIDは既に使われています。")))
        .andExpect(content().string(Matchers.containsString("value=\"徳山 一郎\"")))
        .andExpect(content().string(Matchers.containsString("<title>エラー：")));
    mvc.perform(
            post("/admin/members/new")
                .with(csrf())
                .with(ADMIN)
                .param("loginId", MemberFixtures.unique("co"))
                .param("email", MemberFixtures.unique("co") + "@example.jp")
                .param("kind", "COMPANY")
                .param("site", "SUPERNET"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("団体名・企業名を入力してください。")));
  }

  @Test
  void theListFiltersByKindStatusLoginIdAndExactAddress() throws Exception {
    MemberRef m = activeMember(accounts);
    mvc.perform(get("/admin/members").with(ADMIN).param("loginId", m.loginId().toUpperCase()))
        .andExpect(content().string(Matchers.containsString(m.loginId())));
    mvc.perform(get("/admin/members").with(ADMIN).param("email", emailOf(m)))
        .andExpect(content().string(Matchers.containsString(m.loginId())))
        .andExpect(content().string(Matchers.containsString("全1件")));
    // the address matches only whole
    mvc.perform(get("/admin/members").with(ADMIN).param("email", m.loginId()))
        .andExpect(content().string(Matchers.not(Matchers.containsString(m.loginId() + "<"))));
    mvc.perform(
            get("/admin/members")
                .with(ADMIN)
                .param("loginId", m.loginId())
                .param("status", "SUSPENDED"))
        .andExpect(content().string(Matchers.containsString("全0件")));
    mvc.perform(
            get("/admin/members")
                .with(ADMIN)
                .param("loginId", m.loginId())
                .param("kind", "INDIVIDUAL")
                .param("status", "ACTIVE"))
        .andExpect(content().string(Matchers.containsString("全1件")));
    // the detail shows the private data to the 管理者, never the password hash
    mvc.perform(get("/admin/members/" + m.id()).with(ADMIN))
        .andExpect(content().string(Matchers.containsString(emailOf(m))))
        .andExpect(content().string(Matchers.containsString("山口市大手町9-6")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("argon2"))));
  }

  @Test
  void staffEditTheAccountAndANewAddressNeedsConfirmation() throws Exception {
    MemberRef m = activeMember(accounts);
    String newEmail = MemberFixtures.unique("newaddr") + "@example.jp";
    mvc.perform(
            post("/admin/members/" + m.id() + "/edit")
                .with(csrf())
                .with(ADMIN)
                .param("displayName", "下関 ボランティア")
                .param("kind", "GROUP")
                .param("organisationName", "下関ボランティアの会")
                .param("email", newEmail)
                .param("site", "SUPERNET"))
        .andExpect(redirectedUrl("/admin/members/" + m.id()));
    MemberRef changed = accounts.get(m.id());
    assertThat(changed.displayName()).isEqualTo("下関 ボランティア");
    assertThat(changed.kind()).isEqualTo(MemberKind.GROUP);
    assertThat(changed.organisationId()).isNotNull();
    assertThat(accounts.emailOf(m.id())).isEqualTo(emailOf(m));
    assertThat(audit("ACCOUNT_CHANGE", m.id())).hasSize(1);
    assertThat((String) audit("EMAIL_CHANGE_REQUEST", m.id()).getFirst().get("detail"))
        .doesNotContain(newEmail)
        .contains("***@example.jp");

    String link = link(mailsTo(greenMail, newEmail, 1).getFirst());
    mvc.perform(post("/account/email/confirm").with(csrf()).param("token", token(link)))
        .andExpect(content().string(Matchers.containsString("メールアドレスを変更しました")));
    assertThat(accounts.emailOf(m.id())).isEqualTo(newEmail);
  }

  @Test
  void suspendingEndsTheMembersSessionAtOnceAndResumingLetsThemBackIn() throws Exception {
    MemberRef m = activeMember(accounts);
    Cookie session = login(mvc, m);
    mvc.perform(post("/admin/members/" + m.id() + "/suspend").with(csrf()).with(ADMIN))
        .andExpect(redirectedUrl("/admin/members/" + m.id()));
    mvc.perform(get("/mypage").cookie(session)).andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/login")
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("loginId", m.loginId())
                .param("password", PASSWORD))
        .andExpect(status().isOk());
    mvc.perform(post("/admin/members/" + m.id() + "/resume").with(csrf()).with(ADMIN))
        .andExpect(redirectedUrl("/admin/members/" + m.id()));
    login(mvc, m);
    assertThat(audit("ACCOUNT_SUSPEND", m.id())).hasSize(1);
    assertThat(audit("ACCOUNT_RESUME", m.id())).hasSize(1);
  }

  @Test
  void staffDeleteAnAccountAfterAConfirmation() throws Exception {
    MemberRef m = activeMember(accounts);
    Cookie session = login(mvc, m);
    mvc.perform(get("/admin/members/" + m.id() + "/delete").with(ADMIN))
        .andExpect(content().string(Matchers.containsString("削除しますか")));
    assertThat(accounts.get(m.id()).status()).isEqualTo(MemberStatus.ACTIVE);
    mvc.perform(post("/admin/members/" + m.id() + "/delete").with(csrf()).with(ADMIN))
        .andExpect(redirectedUrl("/admin/members"));
    Map<String, Object> row =
        jdbc.sql("SELECT email, phone, full_name, status FROM member_account WHERE id = ?")
            .param(m.id())
            .query()
            .singleRow();
    assertThat(row.get("email")).isNull();
    assertThat(row.get("phone")).isNull();
    assertThat(row.get("full_name")).isNull();
    assertThat(row.get("status")).isEqualTo("DELETED");
    mvc.perform(get("/mypage").cookie(session)).andExpect(status().is3xxRedirection());
    assertThat(audit("ACCOUNT_DELETE", m.id()).getFirst().get("actor")).isEqualTo("chief-admin");
  }

  @Test
  void theAdminMenuAndDashboardShowMemberAccounts() throws Exception {
    mvc.perform(get("/admin/").with(ADMIN))
        .andExpect(content().string(Matchers.containsString("href=\"/admin/members\"")))
        .andExpect(content().string(Matchers.containsString("会員アカウント（有効）")));
  }
}
