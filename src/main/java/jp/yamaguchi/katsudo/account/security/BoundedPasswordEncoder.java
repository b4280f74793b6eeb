package jp.yamaguchi.katsudo.account.security;

import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Limits how many password hashes are computed at the same time. Argon2id deliberately needs 16 MiB
 * of memory per hash; without a limit, a burst of logins with many different IDs (which the per-ID
 * lockout does not slow down) could fill the heap. Callers beyond the limit wait their turn.
 */
public final class BoundedPasswordEncoder implements PasswordEncoder {

  private final PasswordEncoder delegate;
  private final Semaphore permits;

  public BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent) {
    if (concurrent < 1) throw new IllegalArgumentException("concurrent must be at least 1");
    this.delegate = delegate;
    this.permits = new Semaphore(concurrent, true);
  }

  /** Twice the processors, at least 4: hashing is CPU-bound, more in parallel gains nothing. */
  public static int defaultConcurrency() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  @Override
  public String encode(CharSequence rawPassword) {
    permits.acquireUninterruptibly();
    try {
      return delegate.encode(rawPassword);
    } finally {
      permits.release();
    }
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    permits.acquireUninterruptibly();
    try {
      return delegate.matches(rawPassword, encodedPassword);
    } finally {
      permits.release();
    }
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return delegate.upgradeEncoding(encodedPassword);
  }

  int available() {
    return permits.availablePermits();
  }
}
