package jp.yamaguchi.katsudo.core.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mailed confirmation of anonymous submissions, through the real mail server and pages: the
 * link confirms once, only within its time, calls the module's handler and remembers the browser.
 */
@IntegrationTest
class SubmissionConfirmationsTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  static final String TYPE = "test-submission";

  /** Ids below this number are confirmed; the handler refuses {@link #REFUSED}. */
  static final long REFUSED = -1;

  static final List<Long> confirmed = new CopyOnWriteArrayList<>();

  static final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @TestConfiguration
  static class Handler {
    @Bean
    SubmissionHandler testSubmissionHandler() {
      return new SubmissionHandler() {
        @Override
        public String contentType() {
          return TYPE;
        }

        @Override
        public String confirmed(long contentId) {
          if (contentId == REFUSED) throw new BusinessException("e.submission.expired");
          confirmed.add(contentId);
          return "/test-done/" + contentId;
        }
      };
    }

    @Bean
    SessionProbe submissionSessionProbe(SubmissionConfirmations confirmations) {
      return new SessionProbe(confirmations);
    }
  }

  /** Answers whether the requesting browser confirmed an item, as a module's next page would. */
  @RestController
  static class SessionProbe {
    private final SubmissionConfirmations confirmations;

    SessionProbe(SubmissionConfirmations confirmations) {
      this.confirmations = confirmations;
    }

    @GetMapping("/test-only/submission/{id}")
    String probe(@PathVariable long id, HttpServletRequest request) {
      return String.valueOf(confirmations.confirmedInSession(request.getSession(false), TYPE, id));
    }
  }

  String probe(Cookie[] cookies, long id) throws Exception {
    var request = get("/test-only/submission/" + id);
    if (cookies.length > 0) request.cookie(cookies);
    return mvc.perform(request).andReturn().getResponse().getContentAsString();
  }

  @Autowired MockMvc mvc;
  @Autowired SubmissionConfirmations confirmations;
  @Autowired JdbcClient jdbc;

  String requestFor(long id, Site site) throws Exception {
    String email = "submitter-" + id + "@example.jp";
    confirmations.request(TYPE, id, email, "団体登録：テストの会" + id, site);
    MimeMessage mail =
        Arrays.stream(greenMail.getReceivedMessages())
            .filter(m -> recipients(m).contains(email))
            .findFirst()
            .orElseThrow();
    assertThat(mail.getSubject()).contains("メールアドレスの確認");
    String body = new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(body).contains("団体登録：テストの会" + id);
    Matcher m =
        Pattern.compile(
                Pattern.quote(site.path("submission/confirm?token=")) + "([A-Za-z0-9_-]{43})")
            .matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return m.group(1);
  }

  static String recipients(MimeMessage m) {
    try {
      return GreenMailUtil.getAddressList(m.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  MockHttpServletResponse press(String token, MockHttpSession session) throws Exception {
    return mvc.perform(
            post("/submission/confirm").with(csrf()).session(session).param("token", token))
        .andReturn()
        .getResponse();
  }

  @Test
  void theMailedLinkShowsAButtonThatConfirmsOnceAndGoesOnToTheModulesPage() throws Exception {
    long id = ids.incrementAndGet();
    String token = requestFor(id, Site.SUPERNET);

    MockHttpServletResponse page =
        mvc.perform(get("/submission/confirm").param("token", token)).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("団体登録：テストの会" + id);
    assertThat(confirmed).as("opening the link confirms nothing").doesNotContain(id);

    MockHttpServletResponse done = press(token, new MockHttpSession());
    assertThat(done.getRedirectedUrl()).isEqualTo("/test-done/" + id);
    assertThat(confirmed).containsOnlyOnce(id);
    assertThat(probe(done.getCookies(), id)).as("this browser confirmed it").isEqualTo("true");
    assertThat(probe(done.getCookies(), id + 1)).isEqualTo("false");
    assertThat(probe(new Cookie[0], id)).as("another browser").isEqualTo("false");

    MockHttpServletResponse again = press(token, new MockHttpSession());
    assertThat(again.getStatus()).isEqualTo(410);
    assertThat(again.getContentAsString()).contains("このリンクはすでに使われています");
    assertThat(confirmed).containsOnlyOnce(id);
  }

  @Test
  void aLinkForAikasanetOpensInAikasanet() throws Exception {
    long id = ids.incrementAndGet();
    String token = requestFor(id, Site.AIKASANET);
    MockHttpServletResponse page =
        mvc.perform(get("/aikasanet/submission/confirm").param("token", token))
            .andReturn()
            .getResponse();
    assertThat(page.getContentAsString()).contains("action=\"/aikasanet/submission/confirm\"");
  }

  @Test
  void anExpiredLinkConfirmsNothing() throws Exception {
    long id = ids.incrementAndGet();
    String token = requestFor(id, Site.SUPERNET);
    jdbc.sql(
            "UPDATE submission_confirmation SET expires_at = created_at - INTERVAL '1' HOUR"
                + " WHERE content_type = :type AND content_id = :id")
        .param("type", TYPE)
        .param("id", id)
        .update();

    MockHttpServletResponse page =
        mvc.perform(get("/submission/confirm").param("token", token)).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(410);
    assertThat(page.getContentAsString()).contains("有効期限（24時間）が切れています");
    assertThat(press(token, new MockHttpSession()).getStatus()).isEqualTo(410);
    assertThat(confirmed).doesNotContain(id);
  }

  @Test
  void unknownAndMalformedTokensAreRefused() throws Exception {
    for (String token :
        List.of("", "x", "A".repeat(43), "../../etc/passwd", "A".repeat(42) + "<")) {
      MockHttpServletResponse r = press(token, new MockHttpSession());
      assertThat(r.getStatus()).as(token).isEqualTo(410);
      assertThat(r.getContentAsString()).contains("このリンクは無効です");
    }
    MockHttpServletResponse none =
        mvc.perform(get("/submission/confirm")).andReturn().getResponse();
    assertThat(none.getStatus()).isEqualTo(410);
  }

  @Test
  void whenTheModuleRefusesTheLinkStaysUnused() throws Exception {
    String token = requestFor(REFUSED, Site.SUPERNET);
    MockHttpServletResponse r = press(token, new MockHttpSession());
    assertThat(r.getStatus()).isEqualTo(410);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM submission_confirmation WHERE content_id = :id"
                        + " AND confirmed_at IS NULL")
                .param("id", REFUSED)
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void anUnknownContentTypeOrMissingAddressIsAProgrammingError() {
    assertThatThrownBy(
            () -> confirmations.request("nothing", 1, "a@example.jp", "x", Site.SUPERNET))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> confirmations.request(TYPE, 1, " ", "x", Site.SUPERNET))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oldLinksAreRemovedAndNewOnesKept() throws Exception {
    long oldId = ids.incrementAndGet();
    long newId = ids.incrementAndGet();
    requestFor(oldId, Site.SUPERNET);
    requestFor(newId, Site.SUPERNET);
    jdbc.sql(
            "UPDATE submission_confirmation SET expires_at = expires_at - INTERVAL '9' DAY"
                + " WHERE content_type = :type AND content_id = :id")
        .param("type", TYPE)
        .param("id", oldId)
        .update();
    confirmations.deleteOlderThan(SubmissionHousekeeping.KEEP);
    String count = "SELECT COUNT(*) FROM submission_confirmation WHERE content_id = :id";
    assertThat(jdbc.sql(count).param("id", oldId).query(Long.class).single()).isZero();
    assertThat(jdbc.sql(count).param("id", newId).query(Long.class).single()).isOne();
  }
}
