package jp.yamaguchi.katsudo.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

  /** A stand-in hash that records how many run at once and holds each until released. */
  static final class Gate implements PasswordEncoder {
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public String encode(CharSequence raw) {
      int now = running.incrementAndGet();
      most.accumulateAndGet(now, Math::max);
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      return "h:" + raw;
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      return encode(raw).equals(encoded);
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
      return encoded.startsWith("old:");
    }
  }

  @Test
  void noMoreHashesRunAtOnceThanAllowedAndTheResultsAreTheDelegates() throws Exception {
    Gate gate = new Gate();
    BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(gate, 3);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String pw = "pw" + i;
        results.add(pool.submit(() -> bounded.matches(pw, "h:" + pw)));
      }
      // the first three reach the gate; the other seven wait for a permit
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> gate.running.get() == 3);
      assertThat(bounded.available()).isZero();
      gate.release.countDown();
      for (Future<Boolean> r : results) assertThat(r.get(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdownNow();
    }
    assertThat(gate.most.get()).isEqualTo(3);
    assertThat(bounded.available()).isEqualTo(3);
    assertThat(bounded.upgradeEncoding("old:x")).isTrue();
    assertThat(bounded.encode("abc")).isEqualTo("h:abc");
  }
}
