package jp.yamaguchi.katsudo.account.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberKind;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.NewMember;
import jp.yamaguchi.katsudo.account.NewOrganisation;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.account.PersonalProfile;
import org.awaitility.Awaitility;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Unique members, logins and mails for the member tests (the database is shared). */
public final class MemberFixtures {

  public static final String PASSWORD = "Yamaguchi-Member-2026";
  private static final Pattern LINK = Pattern.compile("http://localhost:8080(/\\S+)");

  private MemberFixtures() {}

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new member's sign-up data: an individual with a full private profile. */
  public static NewMember individual(String loginId, String email, String password) {
    return new NewMember(
        loginId,
        email,
        password,
        MemberKind.INDIVIDUAL,
        null,
        new PersonalProfile(
            "山口 太郎", "やまぐち たろう", LocalDate.of(1980, 4, 1), "083-922-0001", "753-0072", "山口市大手町9-6"),
        null);
  }

  public static NewMember group(String loginId, String email, String password) {
    return new NewMember(
        loginId,
        email,
        password,
        MemberKind.GROUP,
        null,
        null,
        new NewOrganisation(
            OrganisationKind.NPO,
            "NPO法人 テスト会",
            "えぬぴーおーほうじん てすとかい",
            "周南 花子",
            "0834-22-0002",
            "contact-" + email));
  }

  /** An ACTIVE individual with {@link #PASSWORD}. */
  public static MemberRef activeMember(MemberAccounts accounts) {
    String id = unique("m");
    return accounts.createActive(individual(id, id + "@example.jp", PASSWORD));
  }

  public static String emailOf(MemberRef m) {
    return m.loginId() + "@example.jp";
  }

  /** Logs in on {@code loginPath} and returns the session cookie. */
  public static Cookie login(MockMvc mvc, String loginPath, String loginId, String password)
      throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post(loginPath).with(csrf()).param("loginId", loginId).param("password", password))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as("login of " + loginId).isEqualTo(302);
    Cookie cookie = response.getCookie("SESSION");
    assertThat(cookie).as("session cookie of " + loginId).isNotNull();
    return cookie;
  }

  public static Cookie login(MockMvc mvc, MemberRef m) throws Exception {
    return login(mvc, "/login", m.loginId(), PASSWORD);
  }

  /** The mails to {@code address}, waiting until there are at least {@code expected}. */
  public static List<MimeMessage> mailsTo(GreenMailExtension mail, String address, int expected) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> to(mail, address).size() >= expected);
    return to(mail, address);
  }

  public static List<MimeMessage> to(GreenMailExtension mail, String address) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
              } catch (MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  public static String text(MimeMessage m) {
    try {
      return new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The site path of the first link in a mail (e.g. {@code /account/verify?token=...}). */
  public static String link(MimeMessage m) {
    Matcher matcher = LINK.matcher(text(m));
    assertThat(matcher.find()).as("a link in the mail").isTrue();
    return matcher.group(1);
  }

  /** The token of a link. */
  public static String token(String link) {
    return link.substring(link.indexOf("token=") + "token=".length());
  }
}
