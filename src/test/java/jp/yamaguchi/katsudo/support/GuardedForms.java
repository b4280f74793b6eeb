package jp.yamaguchi.katsudo.support;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import jp.yamaguchi.katsudo.core.abuse.SpamGuard;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Submits a form guarded by {@code core.abuse} as a person would: the honeypot left empty, a
 * genuine token of a form shown ten seconds before the test clock's start, from an IP address of
 * its own (so the per-IP limits of one test do not affect another).
 */
public final class GuardedForms {

  private GuardedForms() {}

  public static RequestPostProcessor asAPerson(FieldCrypto crypto, String form) {
    String token =
        new SpamGuard(
                crypto,
                Clock.fixed(TestClock.START.minusSeconds(10), ZoneOffset.UTC),
                Duration.ofSeconds(3),
                Duration.ofHours(24))
            .token(form);
    String ip =
        "10."
            + ThreadLocalRandom.current().nextInt(256)
            + "."
            + ThreadLocalRandom.current().nextInt(256)
            + "."
            + ThreadLocalRandom.current().nextInt(1, 255);
    return request -> {
      request.setRemoteAddr(ip);
      request.setParameter(SpamGuard.HONEYPOT, "");
      request.setParameter(SpamGuard.TOKEN, token);
      return request;
    };
  }
}
