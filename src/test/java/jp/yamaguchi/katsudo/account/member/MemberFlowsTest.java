package jp.yamaguchi.katsudo.account.member;

import static jp.yamaguchi.katsudo.account.member.MemberFixtures.PASSWORD;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.activeMember;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.emailOf;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.link;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.login;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.mailsTo;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.subject;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.text;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.to;
import static jp.yamaguchi.katsudo.account.member.MemberFixtures.token;
import static jp.yamaguchi.katsudo.support.GuardedForms.asAPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.MemberStatus;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.support.ClientAddress;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mailed flows of member accounts, end to end through the pages and the mails: confirmation,
 * password reset, change of address, change of password and deletion, with their bad cases
 * (single-use, expired and foreign tokens; wrong current passwords).
 */
@IntegrationTest
@DateSensitive
class MemberFlowsTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  static final String USED = "このリンクは既に使われています。";
  static final String EXPIRED = "このリンクは有効期限が切れています。";
  static final String INVALID = "このリンクは正しくありません。";

  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired FieldCrypto crypto;
  @Autowired MemberAccounts accounts;
  @Autowired JdbcClient jdbc;

  /** The audit entries about the account, oldest first: action, then target and detail. */
  List<String> audit(long id) {
    return jdbc.sql("SELECT action, actor, detail FROM audit_log WHERE target = ? ORDER BY id")
        .param("member:" + id)
        .query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
        .list();
  }

  List<String> actions(long id) {
    return audit(id).stream().map(a -> a.substring(0, a.indexOf(' '))).toList();
  }

  String page(MockHttpServletResponse r) throws Exception {
    return r.getContentAsString();
  }

  MockHttpServletResponse postToken(String path, String token) throws Exception {
    return mvc.perform(post(path).with(csrf()).param("token", token)).andReturn().getResponse();
  }

  @Test
  void aNewAccountIsActiveOnlyAfterItsAddressIsConfirmed() throws Exception {
    String id = MemberFixtures.unique("new");
    String email = id + "@example.jp";
    MemberRef m = accounts.register(MemberFixtures.individual(id, email, PASSWORD), Site.AIKASANET);
    assertThat(m.status()).isEqualTo(MemberStatus.PENDING);

    MimeMessage mail = mailsTo(greenMail, email, 1).getFirst();
    assertThat(subject(mail)).isEqualTo("【あいかさねっと】メールアドレスの確認のお願い");
    assertThat(text(mail)).contains(id).contains("24時間").doesNotContain(PASSWORD);
    String link = link(mail);
    assertThat(link).startsWith("/aikasanet/account/verify?token=");
    assertThat(token(link)).hasSizeGreaterThanOrEqualTo(43);

    // opening the link (or a mail scanner fetching it) changes nothing; the button does
    mvc.perform(get(link))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("登録を完了する")))
        .andExpect(content().string(Matchers.containsString("data-site=\"aikasanet\"")));
    assertThat(accounts.get(m.id()).status()).isEqualTo(MemberStatus.PENDING);

    MockHttpServletResponse done = postToken("/aikasanet/account/verify", token(link));
    assertThat(page(done)).contains("登録が完了しました");
    assertThat(accounts.get(m.id()).status()).isEqualTo(MemberStatus.ACTIVE);
    assertThat(accounts.get(m.id()).verifiedAt()).isNotNull();
    login(mvc, "/aikasanet/login", id, PASSWORD);

    // a second use fails with a clear page
    assertThat(page(postToken("/aikasanet/account/verify", token(link)))).contains(USED);
    mvc.perform(get(link)).andExpect(content().string(Matchers.containsString(USED)));
    assertThat(actions(m.id())).containsExactly("ACCOUNT_REGISTER", "ACCOUNT_VERIFY");
  }

  @Test
  void theConfirmationMailCanBeSentAgainWithTheSameAnswerForEveryone() throws Exception {
    String id = MemberFixtures.unique("again");
    String email = id + "@example.jp";
    accounts.register(MemberFixtures.individual(id, email, PASSWORD), Site.SUPERNET);
    String first = link(mailsTo(greenMail, email, 1).getFirst());

    mvc.perform(
            post("/account/verify/resend")
                .with(csrf())
                .with(asAPerson(crypto, "member-resend"))
                .param("loginIdOrEmail", email))
        .andExpect(redirectedUrl("/account/verify/resend?sent=1"));
    mvc.perform(
            post("/account/verify/resend")
                .with(csrf())
                .with(asAPerson(crypto, "member-resend"))
                .param("loginIdOrEmail", MemberFixtures.unique("nobody")))
        .andExpect(redirectedUrl("/account/verify/resend?sent=1"));
    mvc.perform(get("/account/verify/resend?sent=1"))
        .andExpect(content().string(Matchers.containsString("登録されている場合は、確認メールをお送りしました。")));

    String second = link(mailsTo(greenMail, email, 2).get(1));
    assertThat(second).isNotEqualTo(first);
    // the new link replaces the old one
    assertThat(page(postToken("/account/verify", token(first)))).contains(USED);
    assertThat(page(postToken("/account/verify", token(second)))).contains("登録が完了しました");
    // an active account gets no more confirmation links
    mvc.perform(
            post("/account/verify/resend")
                .with(csrf())
                .with(asAPerson(crypto, "member-resend"))
                .param("loginIdOrEmail", id))
        .andExpect(redirectedUrl("/account/verify/resend?sent=1"));
    long accountId = accounts.byLoginId(id).orElseThrow().id();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM member_token WHERE account_id = ? AND purpose = ?")
                .params(accountId, "VERIFY_EMAIL")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void tokensExpireAndWorkOnlyForTheirPurpose() throws Exception {
    String id = MemberFixtures.unique("exp");
    String email = id + "@example.jp";
    accounts.register(MemberFixtures.individual(id, email, PASSWORD), Site.SUPERNET);
    String verify = token(link(mailsTo(greenMail, email, 1).getFirst()));

    // a confirmation token is no reset token, and a made-up token is nothing
    mvc.perform(get("/account/password-reset/new").param("token", verify))
        .andExpect(content().string(Matchers.containsString(INVALID)));
    mvc.perform(
            post("/account/password-reset/new")
                .with(csrf())
                .param("token", verify)
                .param("password", "Some-New-Password-1"))
        .andExpect(content().string(Matchers.containsString(INVALID)));
    assertThat(page(postToken("/account/email/confirm", verify))).contains(INVALID);
    assertThat(page(postToken("/account/verify", "made-up-token"))).contains(INVALID);
    mvc.perform(get("/account/verify"))
        .andExpect(content().string(Matchers.containsString(INVALID)));

    TokenSupport.expire(jdbc, clock, verify);
    mvc.perform(get("/account/verify").param("token", verify))
        .andExpect(content().string(Matchers.containsString(EXPIRED)));
    assertThat(page(postToken("/account/verify", verify))).contains(EXPIRED);
    assertThat(accounts.byLoginId(id).orElseThrow().status()).isEqualTo(MemberStatus.PENDING);
  }

  @Test
  void aPasswordResetNeverRevealsAnAccountAndEndsEverySession() throws Exception {
    MemberRef m = activeMember(accounts);
    Cookie otherDevice = login(mvc, m);

    MockHttpServletResponse known =
        mvc.perform(
                post("/account/password-reset")
                    .with(csrf())
                    .with(asAPerson(crypto, "member-reset"))
                    .param("loginIdOrEmail", emailOf(m)))
            .andReturn()
            .getResponse();
    MockHttpServletResponse unknown =
        mvc.perform(
                post("/account/password-reset")
                    .with(csrf())
                    .with(asAPerson(crypto, "member-reset"))
                    .param("loginIdOrEmail", MemberFixtures.unique("nobody") + "@example.jp"))
            .andReturn()
            .getResponse();
    assertThat(known.getRedirectedUrl())
        .isEqualTo(unknown.getRedirectedUrl())
        .isEqualTo("/account/password-reset?sent=1");
    mvc.perform(get("/account/password-reset?sent=1"))
        .andExpect(content().string(Matchers.containsString("登録されている場合は、メールをお送りしました。")));

    MimeMessage mail = mailsTo(greenMail, emailOf(m), 1).getFirst();
    assertThat(subject(mail)).isEqualTo("【県民活動スーパーネット】パスワードの再設定");
    assertThat(text(mail)).contains("30分").doesNotContain(PASSWORD);
    String link = link(mail);
    assertThat(link).startsWith("/account/password-reset/new?token=");
    Duration lifetime =
        jdbc.sql("SELECT created_at, expires_at FROM member_token WHERE token_hash = ?")
            .param(TokenSupport.sha256(token(link)))
            .query(
                (rs, i) ->
                    Duration.between(
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant()))
            .single();
    assertThat(lifetime).isEqualTo(Duration.ofMinutes(30));

    mvc.perform(get(link))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("autocomplete=\"new-password\"")));
    // a refused password keeps the link usable
    mvc.perform(
            post("/account/password-reset/new")
                .with(csrf())
                .param("token", token(link))
                .param("password", "short"))
        .andExpect(content().string(Matchers.containsString("パスワードは8文字以上で入力してください。")));
    mvc.perform(
            post("/account/password-reset/new")
                .with(csrf())
                .param("token", token(link))
                .param("password", "Reset-Password-2026"))
        .andExpect(content().string(Matchers.containsString("パスワードを設定しました")));

    mvc.perform(get("/mypage").cookie(otherDevice)).andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/login")
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("loginId", m.loginId())
                .param("password", PASSWORD))
        .andExpect(status().isOk());
    login(mvc, "/login", m.loginId(), "Reset-Password-2026");
    // single use
    mvc.perform(
            post("/account/password-reset/new")
                .with(csrf())
                .param("token", token(link))
                .param("password", "Another-Password-2026"))
        .andExpect(content().string(Matchers.containsString(USED)));
    // a notice without the password
    MimeMessage notice = mailsTo(greenMail, emailOf(m), 2).get(1);
    assertThat(subject(notice)).contains("パスワードを変更しました");
    assertThat(text(notice)).doesNotContain("Reset-Password-2026");
    assertThat(actions(m.id())).containsSubsequence("PASSWORD_RESET_REQUEST", "PASSWORD_RESET");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor = ? AND action = 'LOGIN_SUCCESS'")
                .param("member:" + m.loginId())
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void theResetAndResendFormsRefuseRobotsAndFloods() throws Exception {
    MemberRef m = activeMember(accounts);
    // no token (a script posting directly), or the honeypot filled: refused, nothing mailed
    mvc.perform(post("/account/password-reset").with(csrf()).param("loginIdOrEmail", m.loginId()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.containsString("エラー：")));
    mvc.perform(
            post("/account/verify/resend")
                .with(csrf())
                .with(asAPerson(crypto, "member-resend"))
                .with(
                    r -> {
                      r.setParameter("website_confirm", "http://spam.example/");
                      return r;
                    })
                .param("loginIdOrEmail", m.loginId()))
        .andExpect(status().isBadRequest());
    // the same account three times an hour at most, whatever the address of the sender
    for (int i = 0; i < 3; i++) {
      mvc.perform(
              post("/account/password-reset")
                  .with(csrf())
                  .with(asAPerson(crypto, "member-reset"))
                  .param("loginIdOrEmail", m.loginId()))
          .andExpect(redirectedUrl("/account/password-reset?sent=1"));
    }
    String refused =
        mvc.perform(
                post("/account/password-reset")
                    .with(csrf())
                    .with(asAPerson(crypto, "member-reset"))
                    .param("loginIdOrEmail", m.loginId()))
            .andExpect(status().isTooManyRequests())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // the typed value is kept with the Japanese explanation
    assertThat(refused).contains("しばらく時間をおいてから").contains("value=\"" + m.loginId() + "\"");
    assertThat(mailsTo(greenMail, emailOf(m), 3)).hasSize(3);
  }

  @Test
  void anExpiredResetLinkIsRefused() throws Exception {
    MemberRef m = activeMember(accounts);
    mvc.perform(
        post("/account/password-reset")
            .with(csrf())
            .with(asAPerson(crypto, "member-reset"))
            .param("loginIdOrEmail", m.loginId()));
    String token = token(link(mailsTo(greenMail, emailOf(m), 1).getFirst()));
    TokenSupport.expire(jdbc, clock, token);
    mvc.perform(
            post("/account/password-reset/new")
                .with(csrf())
                .param("token", token)
                .param("password", "Too-Late-Password-1"))
        .andExpect(content().string(Matchers.containsString(EXPIRED)));
    login(mvc, m);
  }

  @Test
  void theAddressChangesOnlyWhenTheNewAddressIsConfirmed() throws Exception {
    MemberRef m = activeMember(accounts);
    Cookie cookie = login(mvc, m);
    String newEmail = MemberFixtures.unique("moved") + "@example.jp";

    mvc.perform(
            post("/mypage/email")
                .cookie(cookie)
                .with(csrf())
                .param("email", newEmail)
                .param("currentPassword", "Wrong-Password-1"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("現在のパスワードが正しくありません。")))
        .andExpect(content().string(Matchers.containsString("value=\"" + newEmail + "\"")));
    mvc.perform(
            post("/mypage/email")
                .cookie(cookie)
                .with(csrf())
                .param("email", newEmail)
                .param("currentPassword", PASSWORD))
        .andExpect(redirectedUrl("/mypage"));

    // nothing changed yet: the old address still names the account
    assertThat(accounts.emailOf(m.id())).isEqualTo(emailOf(m));
    login(mvc, "/login", emailOf(m), PASSWORD);

    MimeMessage confirm = mailsTo(greenMail, newEmail, 1).getFirst();
    assertThat(text(confirm)).doesNotContain(PASSWORD);
    MimeMessage notice = mailsTo(greenMail, emailOf(m), 1).getFirst();
    assertThat(subject(notice)).contains("メールアドレスの変更の申し込み");
    assertThat(text(notice)).doesNotContain(newEmail);
    String link = link(confirm);
    assertThat(link).startsWith("/account/email/confirm?token=");

    mvc.perform(get(link)).andExpect(content().string(Matchers.containsString("メールアドレスを変更する")));
    assertThat(accounts.emailOf(m.id())).isEqualTo(emailOf(m));
    assertThat(page(postToken("/account/email/confirm", token(link)))).contains("メールアドレスを変更しました");
    assertThat(accounts.emailOf(m.id())).isEqualTo(newEmail);
    login(mvc, "/login", newEmail, PASSWORD);
    mvc.perform(
            post("/login")
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("loginId", emailOf(m))
                .param("password", PASSWORD))
        .andExpect(status().isOk());
    assertThat(page(postToken("/account/email/confirm", token(link)))).contains(USED);
    List<String> audit = audit(m.id());
    assertThat(actions(m.id())).containsSubsequence("EMAIL_CHANGE_REQUEST", "EMAIL_CHANGE");
    assertThat(String.join("\n", audit))
        .doesNotContain(newEmail)
        .doesNotContain(emailOf(m))
        .contains(m.loginId().charAt(0) + "***@example.jp");
  }

  @Test
  void aPasswordChangeNeedsTheCurrentPasswordAndEndsTheOtherSessions() throws Exception {
    MemberRef m = activeMember(accounts);
    Cookie here = login(mvc, m);
    Cookie elsewhere = login(mvc, m);

    mvc.perform(
            post("/mypage/password")
                .cookie(here)
                .with(csrf())
                .param("currentPassword", "Wrong-Password-1")
                .param("password", "Changed-Password-2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("現在のパスワードが正しくありません。")));
    mvc.perform(
            post("/mypage/password")
                .cookie(here)
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("password", "12345678"))
        .andExpect(content().string(Matchers.containsString("よく使われていて")));
    mvc.perform(
            post("/mypage/password")
                .cookie(here)
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("password", m.loginId() + "-pw"))
        .andExpect(content().string(Matchers.containsString("ログインIDを含める")));
    login(mvc, m);

    Cookie renewed =
        mvc.perform(
                post("/mypage/password")
                    .cookie(here)
                    .with(csrf())
                    .param("currentPassword", PASSWORD)
                    .param("password", "Changed-Password-2026"))
            .andExpect(redirectedUrl("/mypage"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    // the member stays signed in under a new session ID; the old ID no longer works
    assertThat(renewed).isNotNull();
    assertThat(renewed.getValue()).isNotEqualTo(here.getValue());
    mvc.perform(get("/mypage").cookie(renewed))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("パスワードを変更しました。")));
    mvc.perform(get("/mypage").cookie(here)).andExpect(status().is3xxRedirection());
    mvc.perform(get("/mypage").cookie(elsewhere)).andExpect(status().is3xxRedirection());
    login(mvc, "/login", m.loginId(), "Changed-Password-2026");
    assertThat(actions(m.id())).containsOnlyOnce("PASSWORD_CHANGE");
    assertThat(audit(m.id()))
        .filteredOn(a -> a.startsWith("PASSWORD_CHANGE"))
        .singleElement()
        .asString()
        .contains("member:" + m.loginId());

    assertThatThrownBy(
            () -> accounts.changePassword(m.id(), null, "Another-2026-pw", Site.SUPERNET))
        .isInstanceOf(BusinessException.class)
        .hasMessage("e.member.currentPassword.required");
  }

  Map<String, Object> raw(long id) {
    return jdbc.sql("SELECT * FROM member_account WHERE id = ?").param(id).query().singleRow();
  }

  @Test
  void deletionNeedsThePasswordAndLeavesNoPersonalData() throws Exception {
    String id = MemberFixtures.unique("bye");
    String email = id + "@example.jp";
    MemberRef m = accounts.createActive(MemberFixtures.group(id, email, PASSWORD));
    Cookie cookie = login(mvc, "/aikasanet/login", id, PASSWORD);

    mvc.perform(
            post("/aikasanet/mypage/delete")
                .cookie(cookie)
                .with(csrf())
                .param("currentPassword", "Wrong-Password-1")
                .param("confirmed", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("現在のパスワードが正しくありません。")));
    mvc.perform(
            post("/aikasanet/mypage/delete")
                .cookie(cookie)
                .with(csrf())
                .param("currentPassword", PASSWORD))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("チェックを入れてください")));
    assertThat(accounts.get(m.id()).status()).isEqualTo(MemberStatus.ACTIVE);

    mvc.perform(
            post("/aikasanet/mypage/delete")
                .cookie(cookie)
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("confirmed", "true"))
        .andExpect(redirectedUrl("/aikasanet/account/deleted"));
    mvc.perform(get("/aikasanet/mypage").cookie(cookie)).andExpect(status().is3xxRedirection());

    Map<String, Object> row = raw(m.id());
    assertThat(row.get("status")).isEqualTo("DELETED");
    assertThat((String) row.get("login_id")).startsWith("#deleted-");
    for (String column :
        new String[] {
          "email",
          "email_hash",
          "password_hash",
          "display_name",
          "full_name",
          "full_name_kana",
          "birth_date",
          "phone",
          "postal_code",
          "address"
        }) {
      assertThat(row.get(column)).as(column).isNull();
    }
    assertThat(row.get("kind")).isEqualTo("GROUP");
    assertThat(actions(m.id())).endsWith("ACCOUNT_DELETE");
    assertThat(row.get("created_at")).isNotNull();
    assertThat(row.get("deleted_at")).isNotNull();
    Map<String, Object> org =
        jdbc.sql("SELECT * FROM organisation WHERE id = ?")
            .param(m.organisationId())
            .query()
            .singleRow();
    assertThat(org.get("contact_name")).isNull();
    assertThat(org.get("contact_phone")).isNull();
    assertThat(org.get("contact_email")).isNull();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM member_token WHERE account_id = ? AND new_email IS NOT NULL")
                .param(m.id())
                .query(Long.class)
                .single())
        .isZero();

    // the login ID and the address are free again
    MemberRef again = accounts.createActive(MemberFixtures.individual(id, email, PASSWORD));
    assertThat(again.id()).isNotEqualTo(m.id());
    MimeMessage bye =
        to(greenMail, email).stream()
            .filter(x -> subject(x).contains("退会"))
            .findFirst()
            .orElseGet(() -> mailsTo(greenMail, email, 1).getFirst());
    assertThat(subject(bye)).contains("退会の手続きが完了しました");
  }

  @Test
  void personalDataIsEncryptedInTheDatabase() {
    MemberRef m = activeMember(accounts);
    Map<String, Object> row = raw(m.id());
    Map<String, String> plain =
        Map.of(
            "email", emailOf(m),
            "full_name", "山口 太郎",
            "full_name_kana", "やまぐち たろう",
            "birth_date", "1980-04-01",
            "phone", "083-922-0001",
            "postal_code", "753-0072",
            "address", "山口市大手町9-6");
    plain.forEach(
        (column, value) -> {
          String stored = (String) row.get(column);
          assertThat(stored).as(column).isNotNull().startsWith("t2:").doesNotContain(value);
        });
    assertThat((String) row.get("email_hash")).hasSize(64).doesNotContain(m.loginId());
    assertThat((String) row.get("password_hash")).startsWith("{argon2}");
    MemberRef group =
        accounts.createActive(
            MemberFixtures.group(
                MemberFixtures.unique("org"),
                MemberFixtures.unique("org") + "@example.jp",
                PASSWORD));
    Map<String, Object> org =
        jdbc.sql("SELECT * FROM organisation WHERE id = ?")
            .param(group.organisationId())
            .query()
            .singleRow();
    assertThat((String) org.get("contact_name")).startsWith("t2:").doesNotContain("周南");
    assertThat((String) org.get("contact_phone")).startsWith("t2:");
  }
}
