package jp.yamaguchi.katsudo.core.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A public form with the guard, through MockMvc: the rendered fields, the refusals as Japanese
 * errors of the error summary with the typed values kept, 400 and 429 with Retry-After.
 */
@IntegrationTest
class FormGuardWebTest {

  static final String PATH = GuardedFormTestController.PATH;

  @Autowired MockMvc mvc;
  @Autowired FieldCrypto crypto;
  @Autowired SpamGuard guard;

  /** A client address of its own for each test (tests share one database). */
  final String ip =
      "10."
          + ThreadLocalRandom.current().nextInt(256)
          + "."
          + ThreadLocalRandom.current().nextInt(256)
          + "."
          + ThreadLocalRandom.current().nextInt(256);

  /** A token made ten seconds ago, as if the visitor had spent that long on the form. */
  String tokenShownEarlier() {
    Clock earlier = Clock.fixed(TestClock.START.minusSeconds(10), java.time.ZoneOffset.UTC);
    return new SpamGuard(crypto, earlier, Duration.ofSeconds(3), Duration.ofHours(24))
        .token(GuardedFormTestController.FORM);
  }

  MockHttpServletRequestBuilder submit(String email, String token) {
    return post(PATH)
        .with(csrf())
        .with(
            r -> {
              r.setRemoteAddr(ip);
              return r;
            })
        .param("email", email)
        .param("message", "入力した本文")
        .param(SpamGuard.HONEYPOT, "")
        .param(SpamGuard.TOKEN, token);
  }

  @Test
  void theFormCarriesTheHoneypotAndAFreshToken() throws Exception {
    String html =
        mvc.perform(get(PATH))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("name=\"" + SpamGuard.HONEYPOT + "\"")
        .contains("tabindex=\"-1\"")
        .contains("autocomplete=\"off\"")
        .contains("この欄は入力しないでください")
        .doesNotContain("aria-hidden=\"true\" tabindex");
    Matcher m =
        Pattern.compile("name=\"" + SpamGuard.TOKEN + "\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).isTrue();
    // the rendered token is genuine: accepted once a person would have filled the form
    assertThat(
            new SpamGuard(
                    crypto,
                    Clock.fixed(TestClock.START.plusSeconds(5), java.time.ZoneOffset.UTC),
                    Duration.ofSeconds(3),
                    Duration.ofHours(24))
                .check("", m.group(1), GuardedFormTestController.FORM))
        .isEqualTo(SpamGuard.Verdict.OK);
    // every visitor gets a token of their own: the page is not served from the page cache
    String again = mvc.perform(get(PATH)).andReturn().getResponse().getContentAsString();
    assertThat(again).doesNotContain(m.group(1));
  }

  @Test
  void aSubmissionWithAGenuineTokenGoesThrough() throws Exception {
    mvc.perform(submit("ok-" + ip + "@example.jp", tokenShownEarlier()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("送信しました。")));
  }

  @Test
  void aSubmissionStraightAfterShowingTheFormIsRefusedWithTheTypedValuesKept() throws Exception {
    mvc.perform(submit("fast@example.jp", guard.token(GuardedFormTestController.FORM)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("<title>エラー：")))
        .andExpect(content().string(containsString("送信が早すぎたため受け付けられませんでした。")))
        .andExpect(content().string(containsString("value=\"fast@example.jp\"")))
        .andExpect(content().string(containsString("入力した本文")))
        .andExpect(content().string(not(containsString("送信しました。"))));
  }

  @Test
  void aFilledHoneypotOrAMissingTokenIsRefused() throws Exception {
    mvc.perform(
            submit("bot@example.jp", tokenShownEarlier())
                .param(SpamGuard.HONEYPOT, "https://spam.example"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("送信内容を確認できませんでした。")));
    mvc.perform(submit("bot@example.jp", ""))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("送信内容を確認できませんでした。")));
  }

  @Test
  void tooManySubmissionsFromOneAddressGet429() throws Exception {
    for (int i = 0; i < 3; i++) {
      mvc.perform(submit("ip" + i + "-" + ip + "@example.jp", tokenShownEarlier()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("送信しました。")));
    }
    mvc.perform(submit("ip9-" + ip + "@example.jp", tokenShownEarlier()))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(content().string(containsString("<title>エラー：")))
        .andExpect(content().string(containsString("短時間に送信が続いたため、しばらく時間をおいてからお試しください。")))
        .andExpect(content().string(containsString("value=\"ip9-" + ip + "@example.jp\"")));
  }

  @Test
  void tooManySubmissionsForOneAddressAreRefusedFromAnyClient() throws Exception {
    String target = "target-" + ip + "@example.jp";
    mvc.perform(submit(target, tokenShownEarlier())).andExpect(status().isOk());
    mvc.perform(submit(target.toUpperCase(), tokenShownEarlier())).andExpect(status().isOk());
    mvc.perform(
            submit(target, tokenShownEarlier())
                .with(
                    r -> {
                      r.setRemoteAddr(ip + "9");
                      return r;
                    }))
        .andExpect(status().isTooManyRequests());
  }
}
