package jp.yamaguchi.katsudo.grant.domain;

import java.time.Clock;
import java.time.LocalDate;
import jp.yamaguchi.katsudo.grant.GrantStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Today's date (Japan time) and the 締切間近 window, so every page, feed and test computes a grant's
 * status the same way. The window is {@code katsudo.grant.closing-days} (default 14).
 */
@Component("grantDays")
public class GrantCalendarDays {

  private final Clock clock;
  private final int closingDays;

  GrantCalendarDays(Clock clock, @Value("${katsudo.grant.closing-days:14}") int closingDays) {
    if (closingDays < 0) throw new IllegalArgumentException("katsudo.grant.closing-days < 0");
    this.clock = clock;
    this.closingDays = closingDays;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public int closingDays() {
    return closingDays;
  }

  public GrantStatus status(Grant grant) {
    return grant.status(today(), closingDays);
  }
}
