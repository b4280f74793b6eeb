package jp.yamaguchi.katsudo.core.abuse;

import java.time.Duration;

/**
 * One rate limit of a form, for {@link FormGuard}: at most {@code max} submissions per {@code
 * window}, counted per client IP address or per target (a mail address, an account...).
 *
 * @param bucket the counter's name; {@link #perClient} and {@link #perTarget} add {@code :ip} or
 *     {@code :target}
 * @param max submissions allowed per window
 * @param window the window's length
 * @param target the value counted (per-target limits)
 * @param perClient whether the limit counts per client IP address instead of per target
 */
public record Limit(String bucket, int max, Duration window, String target, boolean perClient) {

  /** At most {@code max} submissions per window from one IP address. */
  public static Limit perClient(String name, int max, Duration window) {
    return new Limit(name + ":ip", max, window, null, true);
  }

  /**
   * At most {@code max} submissions per window concerning one target, e.g. the mail address a
   * password reset is asked for. A blank target is not counted (validation refuses it).
   */
  public static Limit perTarget(String name, String target, int max, Duration window) {
    return new Limit(name + ":target", max, window, target, false);
  }
}
