package jp.yamaguchi.katsudo.directory;

import static jp.yamaguchi.katsudo.support.GuardedForms.asAPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberKind;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.SessionClient;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 送信 → the confirmation link from the mail → 仮登録 → the next-steps page: a login for the
 * organisation, and the hand-over to Aikasanet.
 */
@IntegrationTest
class DirectoryNextStepsTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  static final String COMPANY = "/directory/register/company";
  static final Pattern LINK = Pattern.compile("/submission/confirm\\?token=([A-Za-z0-9_-]{43})");

  @Autowired MockMvc mvc;
  @Autowired FieldCrypto crypto;
  @Autowired DirectoryEntries entries;
  @Autowired MemberAccounts members;

  List<MimeMessage> to(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
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
  }

  String confirmationToken(String address) throws Exception {
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !to(address).isEmpty());
    for (MimeMessage m : to(address)) {
      Matcher matcher = LINK.matcher(m.getContent().toString());
      if (matcher.find()) return matcher.group(1);
    }
    throw new AssertionError("no confirmation link mailed to " + address);
  }

  /** Registers a company in this browser up to 送信; returns the registrant's address. */
  String registerCompany(SessionClient browser, String name) throws Exception {
    String email = DirectoryFixtures.unique("next-") + "@example.jp";
    browser.perform(post(COMPANY).with(csrf()));
    browser
        .perform(
            multipart(COMPANY + "/form")
                .param("classification", "kabushiki")
                .param("name", name)
                .param("nameKana", "つぎのかいしゃ")
                .param("representativeName", "代表太郎")
                .param("minorsNoticeAgreed", "true")
                .param("contactName", "担当花子")
                .param("activities", "製造業")
                .param("csrActivities", "清掃活動")
                .param("prefecture", "35")
                .param("municipality", "shunan")
                .param("address", "周南市1-1")
                .param("registrantName", "登録担当")
                .param("registrantPhone", "0834-00-0000")
                .param("registrantEmail", email)
                .with(csrf())
                .with(asAPerson(crypto, "directory-register")))
        .andExpect(redirectedUrl(COMPANY + "/confirm"));
    browser
        .perform(post(COMPANY + "/confirm").with(csrf()))
        .andExpect(redirectedUrl("/directory/register/sent"));
    return email;
  }

  @Test
  void theMailedLinkMakesItPendingAndOffersALoginAndAikasanet() throws Exception {
    SessionClient browser = new SessionClient(mvc);
    String name = DirectoryFixtures.unique("次の株式会社");
    String email = registerCompany(browser, name);
    long id = entries.byRegistrantEmail(email).getFirst().id();
    assertThat(entries.get(id).getReview().state()).isEqualTo(ReviewState.DRAFT);

    // another browser cannot see the next steps
    new SessionClient(mvc)
        .perform(get("/directory/register/done/" + id))
        .andExpect(redirectedUrl("/directory/register"));

    String token = confirmationToken(email);
    browser.perform(get("/submission/confirm?token=" + token));
    browser
        .perform(post("/submission/confirm").param("token", token).with(csrf()))
        .andExpect(redirectedUrl("/directory/register/done/" + id));
    assertThat(entries.get(id).getReview().state()).isEqualTo(ReviewState.PENDING);

    String page =
        browser
            .perform(get("/directory/register/done/" + id))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("仮登録が完了しました", name, "アカウントを作る", "あいかさねっとにも登録する");

    // the hand-over to Aikasanet: a signed token that yields the shared values
    String location =
        browser
            .perform(post("/directory/register/done/" + id + "/aikasanet").with(csrf()))
            .andExpect(redirectedUrlPattern("/aikasanet/register?from=*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String from =
        URLDecoder.decode(
            location.substring(location.indexOf("from=") + 5), StandardCharsets.UTF_8);
    AikasanetHandover h = entries.handoverFromToken(from).orElseThrow();
    assertThat(h.name()).isEqualTo(name);
    assertThat(h.kind()).isEqualTo(OrganisationKind.COMPANY);
    assertThat(h.municipality()).isEqualTo("shunan");
    assertThat(h.registrantEmail()).isEqualTo(email);
    assertThat(h.organisationId()).isEqualTo(entries.get(id).getOrganisationId());
    // a forged or altered token yields nothing
    assertThat(entries.handoverFromToken(from.replaceFirst("^\\d+", "987654"))).isEmpty();
    assertThat(entries.handoverFromToken(from + "0")).isEmpty();
    assertThat(entries.handoverFromToken("garbage")).isEmpty();

    // a login for the organisation: bad input is refused in Japanese, the values stay
    String login = DirectoryFixtures.unique("next");
    String refused =
        browser
            .perform(
                post("/directory/register/done/" + id + "/account")
                    .param("loginId", "ＡＢ")
                    .param("email", email)
                    .param("password", "Good-Pass-2026!")
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("ログインID", "value=\"" + email + "\"").contains("エラー");
    browser
        .perform(
            post("/directory/register/done/" + id + "/account")
                .param("loginId", login)
                .param("email", email)
                .param("password", "Good-Pass-2026!")
                .with(csrf()))
        .andExpect(redirectedUrl("/directory/register/done/" + id));
    MemberRef member = members.byLoginId(login).orElseThrow();
    assertThat(member.kind()).isEqualTo(MemberKind.COMPANY);
    assertThat(member.organisationId()).isEqualTo(entries.get(id).getOrganisationId());
    assertThat(entries.byOrganisation(member.organisationId()))
        .extracting(DirectoryHeadline::id)
        .containsExactly(id);

    // a second login for the same organisation is refused
    String second =
        browser
            .perform(
                post("/directory/register/done/" + id + "/account")
                    .param("loginId", login + "x")
                    .param("email", "x" + email)
                    .param("password", "Good-Pass-2026!")
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(second).contains("すでにログイン用のアカウントがあります");
  }
}
