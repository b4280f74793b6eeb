package jp.yamaguchi.katsudo.grant;

import java.time.LocalDate;

/**
 * Where a grant call stands on a given day, computed from its application period (never stored).
 *
 * <ul>
 *   <li>{@link #CLOSED} 募集終了: the deadline has passed.
 *   <li>{@link #UPCOMING} 募集開始前: the period has not begun yet.
 *   <li>{@link #CLOSING} 締切間近: the deadline is today or within the next {@code closingDays} days.
 *   <li>{@link #OPEN} 募集中: otherwise.
 * </ul>
 */
public enum GrantStatus {
  UPCOMING,
  OPEN,
  CLOSING,
  CLOSED;

  /**
   * The status on {@code today}.
   *
   * @param from the first day of the application period, or null when open from publication
   * @param to the application deadline (the last day applications are accepted)
   * @param closingDays how many days before the deadline count as 締切間近
   */
  public static GrantStatus of(LocalDate from, LocalDate to, LocalDate today, int closingDays) {
    if (today.isAfter(to)) return CLOSED;
    if (from != null && today.isBefore(from)) return UPCOMING;
    if (!today.plusDays(closingDays).isBefore(to)) return CLOSING;
    return OPEN;
  }

  /** Whether applications are accepted on that day. */
  public boolean accepting() {
    return this == OPEN || this == CLOSING;
  }

  /** The message key of the Japanese label, e.g. 「締切間近」. */
  public String messageKey() {
    return "grant.status." + name();
  }
}
