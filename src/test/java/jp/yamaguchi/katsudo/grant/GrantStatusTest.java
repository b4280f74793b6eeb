package jp.yamaguchi.katsudo.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 募集中 / 締切間近 / 募集終了 at the boundaries, with the default window of 14 days. */
class GrantStatusTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  void deadlineTodayIsClosingAndYesterdayIsClosed() {
    assertThat(GrantStatus.of(null, TODAY, TODAY, 14)).isEqualTo(GrantStatus.CLOSING);
    assertThat(GrantStatus.of(null, TODAY.minusDays(1), TODAY, 14)).isEqualTo(GrantStatus.CLOSED);
    assertThat(GrantStatus.of(TODAY.minusDays(30), TODAY.minusDays(1), TODAY, 14))
        .isEqualTo(GrantStatus.CLOSED);
  }

  @Test
  void theWindowIncludesItsLastDay() {
    assertThat(GrantStatus.of(null, TODAY.plusDays(14), TODAY, 14)).isEqualTo(GrantStatus.CLOSING);
    assertThat(GrantStatus.of(null, TODAY.plusDays(15), TODAY, 14)).isEqualTo(GrantStatus.OPEN);
    assertThat(GrantStatus.of(null, TODAY.plusDays(3), TODAY, 0)).isEqualTo(GrantStatus.OPEN);
    assertThat(GrantStatus.of(null, TODAY, TODAY, 0)).isEqualTo(GrantStatus.CLOSING);
  }

  @Test
  void beforeThePeriodStartsItIsUpcomingAndOnTheFirstDayOpen() {
    assertThat(GrantStatus.of(TODAY.plusDays(1), TODAY.plusDays(60), TODAY, 14))
        .isEqualTo(GrantStatus.UPCOMING);
    assertThat(GrantStatus.of(TODAY, TODAY.plusDays(60), TODAY, 14)).isEqualTo(GrantStatus.OPEN);
    assertThat(GrantStatus.UPCOMING.accepting()).isFalse();
    assertThat(GrantStatus.CLOSING.accepting()).isTrue();
    assertThat(GrantStatus.CLOSED.accepting()).isFalse();
  }
}
