package jp.yamaguchi.katsudo.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.account.StaffSummary;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.support.ClientAddress;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.SessionClient;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The staff login with two factors (as in production): the password, then a code mailed to the
 * account's address. Also the production session and header settings, which share this context:
 * Secure cookies, HSTS and a per-session idle timeout other than the default.
 */
@IntegrationTest
@TestPropertySource(
    properties = {
      "katsudo.security.staff-two-factor=true",
      "katsudo.security.staff-session-timeout=17m",
      "katsudo.cookie-secure=true"
    })
class TwoFactorLoginTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  private static final String PASSWORD = "Two-Factor-Pass-2026";

  /** The dashboard, or the saved request for it (Spring's request cache adds "?continue"). */
  private static final org.hamcrest.Matcher<String> DASHBOARD =
      org.hamcrest.Matchers.matchesRegex("(http://localhost)?/admin/(\\?continue)?");

  private static final Pattern CODE = Pattern.compile("確認コード：(\\d{8})");

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired LoginLockout lockout;

  private final String prefix = "tfa" + UUID.randomUUID().toString().substring(0, 6);

  @AfterEach
  void cleanUp() {
    accounts.all().stream()
        .filter(a -> a.username().startsWith(prefix))
        .forEach(a -> accounts.delete(a.id(), "cleanup"));
  }

  private StaffSummary staff(String suffix, StaffRole role) {
    String username = prefix + "-" + suffix;
    return accounts.create(username, "二段階 太郎", username + "@example.jp", PASSWORD, role);
  }

  private SessionClient password(String username, String password) throws Exception {
    SessionClient browser = new SessionClient(mvc);
    browser
        .perform(
            post("/admin/login")
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("username", username)
                .param("password", password))
        .andExpect(redirectedUrl("/admin/login/code"));
    return browser;
  }

  private String mailedCode(String address) throws Exception {
    List<MimeMessage> mails =
        Arrays.stream(greenMail.getReceivedMessages())
            .filter(
                m -> {
                  try {
                    return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
                  } catch (jakarta.mail.MessagingException e) {
                    return false;
                  }
                })
            .toList();
    assertThat(mails).as("mails to " + address).isNotEmpty();
    MimeMessage last = mails.getLast();
    assertThat(last.getSubject()).isEqualTo("管理画面ログインの確認コード");
    Matcher m = CODE.matcher((String) last.getContent());
    assertThat(m.find()).as("a code in the mail").isTrue();
    return m.group(1);
  }

  private long audits(String action, String actor) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor = ?")
        .params(action, actor)
        .query(Long.class)
        .single();
  }

  @Test
  void thePasswordAloneDoesNotOpenTheAdminTheMailedCodeDoes() throws Exception {
    StaffSummary editor = staff("ed", StaffRole.EDITOR);
    SessionClient session = password(editor.username(), PASSWORD);
    assertThat(audits("SECOND_FACTOR_SENT", editor.username())).isEqualTo(1);

    // with the password only, every admin page leads to the code page
    session
        .perform(get("/admin/"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/login/code?factor.type=ott&factor.reason=missing"));
    session
        .perform(get("/admin/login/code"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("確認コード")))
        .andExpect(content().string(containsString("autocomplete=\"one-time-code\"")))
        // the address is masked on the page
        .andExpect(
            content().string(containsString(editor.username().charAt(0) + "***@example.jp")));

    String code = mailedCode(editor.email());
    // a wrong code: an error on the code page, still not in
    session
        .perform(
            post("/admin/login/code")
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("code", "00000000"))
        .andExpect(redirectedUrl("/admin/login/code?error"));
    session
        .perform(get("/admin/login/code").param("error", ""))
        .andExpect(content().string(containsString("エラー：確認コードの入力")))
        .andExpect(content().string(containsString("確認コードが正しくないか")));
    session.perform(get("/admin/")).andExpect(status().is3xxRedirection());

    // the right code (typed with full-width digits) opens the admin
    String fullWidth =
        code.chars()
            .mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
            .reduce("", String::concat);
    session
        .perform(
            post("/admin/login/code")
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("code", fullWidth))
        .andExpect(header().string("Location", DASHBOARD));
    session.perform(get("/admin/")).andExpect(status().isOk());
    assertThat(audits("SECOND_FACTOR_SUCCESS", editor.username())).isEqualTo(1);
    // an editor is still an editor
    session.perform(get("/admin/staff")).andExpect(status().isForbidden());

    // the code is single use: another session with the password cannot reuse it
    SessionClient other = password(editor.username(), PASSWORD);
    other
        .perform(
            post("/admin/login/code").with(csrf()).with(ClientAddress.fresh()).param("code", code))
        .andExpect(redirectedUrl("/admin/login/code?error"));
  }

  @Test
  void aCodeWithoutThePasswordStepIsRefused() throws Exception {
    StaffSummary admin = staff("np", StaffRole.ADMIN);
    password(admin.username(), PASSWORD);
    String code = mailedCode(admin.email());
    // a fresh browser that never typed the password
    mvc.perform(
            post("/admin/login/code").with(csrf()).with(ClientAddress.fresh()).param("code", code))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/login"));
    mvc.perform(get("/admin/login/code")).andExpect(redirectedUrl("/admin/login"));
    mvc.perform(post("/admin/login/code/send").with(csrf()))
        .andExpect(redirectedUrl("/admin/login"));
  }

  @Test
  void aNewCodeCanBeSentAndReplacesTheOldOne() throws Exception {
    StaffSummary admin = staff("rs", StaffRole.ADMIN);
    SessionClient session = password(admin.username(), PASSWORD);
    String first = mailedCode(admin.email());
    session
        .perform(post("/admin/login/code/send").with(csrf()))
        .andExpect(redirectedUrl("/admin/login/code?sent"));
    String second = mailedCode(admin.email());
    assertThat(audits("SECOND_FACTOR_SENT", admin.username())).isEqualTo(2);
    if (!first.equals(second)) {
      session
          .perform(
              post("/admin/login/code")
                  .with(csrf())
                  .with(ClientAddress.fresh())
                  .param("code", first))
          .andExpect(redirectedUrl("/admin/login/code?error"));
    }
    session
        .perform(
            post("/admin/login/code")
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("code", second))
        .andExpect(header().string("Location", DASHBOARD));
    session.perform(get("/admin/staff")).andExpect(status().isOk());
  }

  @Test
  void wrongCodesLockTheLoginIdLikeWrongPasswords() throws Exception {
    StaffSummary editor = staff("lk", StaffRole.EDITOR);
    SessionClient session = password(editor.username(), PASSWORD);
    String code = mailedCode(editor.email());
    String wrong = code.equals("12345678") ? "87654321" : "12345678";
    for (int i = 0; i < lockout.settings().maxFailures(); i++) {
      session
          .perform(
              post("/admin/login/code")
                  .with(csrf())
                  .with(ClientAddress.fresh())
                  .param("code", wrong))
          .andExpect(redirectedUrl("/admin/login/code?error"));
    }
    assertThat(lockout.isLocked(LoginLockout.key("staff", editor.username()))).isTrue();
    assertThat(audits("LOGIN_FAILURE", "staff:" + editor.username()))
        .isEqualTo(lockout.settings().maxFailures());
    // now even the right code is refused, with the same message
    session
        .perform(
            post("/admin/login/code").with(csrf()).with(ClientAddress.fresh()).param("code", code))
        .andExpect(redirectedUrl("/admin/login/code?error"));
    session.perform(get("/admin/")).andExpect(status().is3xxRedirection());
    // and so is the password
    mvc.perform(
            post("/admin/login")
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("username", editor.username())
                .param("password", PASSWORD))
        .andExpect(redirectedUrl("/admin/login?error"));
  }

  @Test
  void staffWithoutAnAddressCannotSignInAndTheFormsRequireOne() throws Exception {
    StaffSummary admin = staff("ad", StaffRole.ADMIN);
    // an account from before two factors were required, without an address
    String username = prefix + "-nomail";
    jdbc.sql(
            "INSERT INTO staff_account (username, display_name, email, password_hash, role,"
                + " enabled, created_at, updated_at) VALUES (?, ?, NULL, ?, 'EDITOR', TRUE,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
        .params(
            username,
            "無 メール",
            jdbc.sql("SELECT password_hash FROM staff_account WHERE username = ?")
                .param(admin.username())
                .query(String.class)
                .single())
        .update();
    SessionClient session = new SessionClient(mvc);
    session
        .perform(
            post("/admin/login")
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("username", username)
                .param("password", PASSWORD))
        .andExpect(redirectedUrl("/admin/login?noEmail"));
    // the half-finished session is gone
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
                .param(username)
                .query(Long.class)
                .single())
        .isZero();
    mvc.perform(get("/admin/login").param("noEmail", ""))
        .andExpect(content().string(containsString("メールアドレスが登録されていない")));

    // the service and the admin form insist on an address
    assertThat(accounts.emailRequired()).isTrue();
    try {
      accounts.create(prefix + "-x", "名前", null, PASSWORD, StaffRole.EDITOR);
      throw new AssertionError("created without an address");
    } catch (BusinessException e) {
      assertThat(e.messageId()).isEqualTo("e.staff.email.required");
    }
    SessionClient adminSession = password(admin.username(), PASSWORD);
    adminSession
        .perform(
            post("/admin/login/code")
                .with(csrf())
                .with(ClientAddress.fresh())
                .param("code", mailedCode(admin.email())))
        .andExpect(header().string("Location", DASHBOARD));
    adminSession
        .perform(get("/admin/staff/new"))
        .andExpect(content().string(containsString("ログインの確認コードを受け取るアドレス")));
    adminSession
        .perform(
            post("/admin/staff/new")
                .with(csrf())
                .param("username", prefix + "-y")
                .param("displayName", "名前")
                .param("role", "EDITOR")
                .param("password", PASSWORD)
                .param("passwordConfirmation", PASSWORD))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("メールアドレスを入力してください")));
    assertThat(accounts.byUsername(prefix + "-y")).isEmpty();
  }

  @Test
  void productionSessionsAndHeaders() throws Exception {
    StaffSummary admin = staff("pr", StaffRole.ADMIN);
    MvcResult login =
        mvc.perform(
                post("/admin/login")
                    .secure(true)
                    .with(csrf())
                    .param("username", admin.username())
                    .param("password", PASSWORD))
            .andExpect(redirectedUrl("/admin/login/code"))
            .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")))
            .andReturn();
    String setCookie = login.getResponse().getHeader("Set-Cookie");
    assertThat(setCookie).contains("SESSION=").contains("Secure").contains("HttpOnly");
    assertThat(setCookie).containsIgnoringCase("SameSite=Lax");
    // the staff idle timeout of this context (17 min) is stored with the session
    Integer timeout =
        jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?")
            .param(admin.username())
            .query(Integer.class)
            .single();
    assertThat(timeout).isEqualTo(17 * 60);
    // HSTS on the public site too, in production
    mvc.perform(get("/").secure(true))
        .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
  }
}
