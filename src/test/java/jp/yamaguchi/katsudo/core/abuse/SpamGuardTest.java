package jp.yamaguchi.katsudo.core.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import jp.yamaguchi.katsudo.core.abuse.SpamGuard.Verdict;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The honeypot, the timing window and the signature of the form token. */
@IntegrationTest
@DateSensitive
class SpamGuardTest {

  @Autowired FieldCrypto crypto;

  MutableClock clock;
  SpamGuard guard;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(Instant.parse("2026-05-01T01:00:00Z"));
    guard = new SpamGuard(crypto, clock, Duration.ofSeconds(3), Duration.ofHours(24));
  }

  @Test
  void aPersonWhoTookTheirTimeAndLeftTheHoneypotEmptyPasses() {
    String token = guard.token("contact");
    clock.advance(Duration.ofSeconds(3));
    assertThat(guard.check("", token, "contact")).isEqualTo(Verdict.OK);
    assertThat(guard.check(null, token, "contact")).isEqualTo(Verdict.OK);
    // sending the same token again is allowed (the rate limits count it)
    assertThat(guard.check("", token, "contact")).isEqualTo(Verdict.OK);
  }

  @Test
  void aFilledHoneypotIsRefused() {
    String token = guard.token("contact");
    clock.advance(Duration.ofMinutes(1));
    assertThat(guard.check("https://spam.example", token, "contact"))
        .isEqualTo(Verdict.HONEYPOT_FILLED);
  }

  @Test
  void tooFastAndTooOldAreRefused() {
    String token = guard.token("contact");
    clock.advance(Duration.ofSeconds(2));
    assertThat(guard.check("", token, "contact")).isEqualTo(Verdict.TOO_FAST);
    clock.advance(Duration.ofHours(24).minusSeconds(2));
    assertThat(guard.check("", token, "contact")).isEqualTo(Verdict.OK);
    clock.advance(Duration.ofSeconds(1));
    assertThat(guard.check("", token, "contact")).isEqualTo(Verdict.EXPIRED);
  }

  @Test
  void tokensCannotBeForgedOrMovedToAnotherForm() {
    String token = guard.token("contact");
    clock.advance(Duration.ofMinutes(1));
    assertThat(guard.check("", null, "contact")).isEqualTo(Verdict.TOKEN_MISSING);
    assertThat(guard.check("", token, "signup")).isEqualTo(Verdict.TOKEN_INVALID);

    // an older time stamp with the original signature
    String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
    String[] parts = payload.split("\\|");
    String backdated = parts[0] + "|" + (Long.parseLong(parts[1]) - 3600) + "|" + parts[2];
    String signature = token.substring(token.indexOf('.') + 1);
    assertThat(guard.check("", encode(backdated) + "." + signature, "contact"))
        .isEqualTo(Verdict.TOKEN_INVALID);

    // a signature made without the key (a plain SHA-256 style hex string)
    assertThat(guard.check("", encode(payload) + "." + "0".repeat(64), "contact"))
        .isEqualTo(Verdict.TOKEN_INVALID);
    // a payload that is not Base64, and no signature at all
    assertThat(guard.check("", "%%%." + signature, "contact")).isEqualTo(Verdict.TOKEN_INVALID);
    assertThat(guard.check("", "no-dot", "contact")).isEqualTo(Verdict.TOKEN_INVALID);
  }

  @Test
  void twoTokensOfTheSameSecondDiffer() {
    assertThat(guard.token("contact")).isNotEqualTo(guard.token("contact"));
  }

  private static String encode(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
