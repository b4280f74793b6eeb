package jp.yamaguchi.katsudo.core.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The database counters: per key and bucket, a fixed window that ends, atomic under concurrency,
 * keys stored only as hashes. The clock starts at the real time and only moves forward, so the
 * hourly cleanup of a running scheduler could never delete these rows early.
 */
@IntegrationTest
@DateSensitive
class RateLimitsTest {

  @Autowired JdbcClient jdbc;
  @Autowired FieldCrypto crypto;
  @Autowired PlatformTransactionManager transactions;

  MutableClock clock;
  RateLimits limits;
  final String tag = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void setUp() {
    // the start of a minute, so a one-minute window starts now and the test steps are clear
    long minute = TestClock.START.getEpochSecond() / 60 * 60;
    clock = new MutableClock(Instant.ofEpochSecond(minute));
    limits = new RateLimits(jdbc, crypto, clock, transactions);
  }

  @Test
  void aKeyGetsItsLimitPerWindowAndOtherKeysAreCountedApart() {
    String bucket = "test-ip-" + tag;
    Duration window = Duration.ofMinutes(10);
    for (int i = 0; i < 3; i++) {
      assertThat(limits.tryAcquire(bucket, "192.0.2.1", 3, window)).isTrue();
    }
    assertThat(limits.tryAcquire(bucket, "192.0.2.1", 3, window)).isFalse();
    assertThat(limits.tryAcquire(bucket, "192.0.2.1", 3, window)).isFalse();
    // another IP address, and the same address in another bucket, are not affected
    assertThat(limits.tryAcquire(bucket, "192.0.2.2", 3, window)).isTrue();
    assertThat(limits.tryAcquire("other-" + tag, "192.0.2.1", 3, window)).isTrue();
  }

  @Test
  void aTargetIsCountedWhateverWayItIsWritten() {
    String bucket = "test-mail-" + tag;
    Duration window = Duration.ofHours(1);
    assertThat(limits.tryAcquire(bucket, "hanako@example.jp", 2, window)).isTrue();
    assertThat(limits.tryAcquire(bucket, " HANAKO@example.jp", 2, window)).isTrue();
    assertThat(limits.tryAcquire(bucket, "ｈａｎａｋｏ@example.jp", 2, window)).isFalse();
  }

  @Test
  void theWindowEndsAndTheCountStartsAgain() {
    String bucket = "test-window-" + tag;
    Duration window = Duration.ofMinutes(1);
    assertThat(limits.tryAcquire(bucket, "k", 1, window)).isTrue();
    clock.advance(Duration.ofSeconds(59));
    assertThat(limits.tryAcquire(bucket, "k", 1, window)).isFalse();
    assertThat(limits.retryAfter(window)).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(limits.tryAcquire(bucket, "k", 1, window)).isTrue();
  }

  @Test
  void aPermitGivenBackFreesItsSlotInTheWindowItWasCountedIn() {
    String bucket = "test-release-" + tag;
    Duration window = Duration.ofMinutes(1);
    var first = limits.acquire(bucket, "k", 2, window).orElseThrow();
    assertThat(limits.acquire(bucket, "k", 2, window)).isPresent();
    assertThat(limits.acquire(bucket, "k", 2, window)).isEmpty();
    limits.release(first);
    var third = limits.acquire(bucket, "k", 2, window).orElseThrow();
    assertThat(limits.acquire(bucket, "k", 2, window)).isEmpty();
    // a permit of an ended window gives nothing back to the current one
    clock.advance(window);
    assertThat(limits.acquire(bucket, "k", 2, window)).isPresent();
    assertThat(limits.acquire(bucket, "k", 2, window)).isPresent();
    limits.release(third);
    assertThat(limits.acquire(bucket, "k", 2, window)).isEmpty();
    // never below zero
    var fresh = limits.acquire("other-" + tag, "k", 1, window).orElseThrow();
    limits.release(fresh);
    limits.release(fresh);
    assertThat(limits.acquire("other-" + tag, "k", 1, window)).isPresent();
    assertThat(limits.acquire("other-" + tag, "k", 1, window)).isEmpty();
  }

  @Test
  void keysAreStoredOnlyAsHashesAndEndedWindowsAreDeleted() {
    String bucket = "test-store-" + tag;
    String email = "taro-" + tag + "@example.jp";
    limits.tryAcquire(bucket, email, 5, Duration.ofMinutes(1));
    List<String> keys =
        jdbc.sql("SELECT limit_key FROM rate_limit WHERE bucket = ?")
            .param(bucket)
            .query(String.class)
            .list();
    assertThat(keys).containsExactly(crypto.lookupHash(email));
    assertThat(keys.getFirst()).doesNotContain("taro").hasSize(64);

    clock.advance(Duration.ofMinutes(1));
    assertThat(limits.deleteExpired()).isPositive();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM rate_limit WHERE bucket = ?")
                .param(bucket)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void concurrentAttemptsNeverPassTheLimit() throws Exception {
    String bucket = "test-race-" + tag;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        attempts.add(() -> limits.tryAcquire(bucket, "203.0.113.9", 10, Duration.ofHours(1)));
      }
      int allowed = 0;
      for (Future<Boolean> f : pool.invokeAll(attempts)) {
        if (f.get()) allowed++;
      }
      assertThat(allowed).isEqualTo(10);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nonsenseArgumentsAreRefused() {
    assertThatThrownBy(() -> limits.tryAcquire("", "k", 1, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> limits.tryAcquire("b", "k", 0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> limits.tryAcquire("b", "k", 1, Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
