package jp.yamaguchi.katsudo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import jp.yamaguchi.katsudo.facility.FacilityImport;
import jp.yamaguchi.katsudo.facility.domain.Booking;
import jp.yamaguchi.katsudo.facility.domain.BookingState;
import jp.yamaguchi.katsudo.facility.domain.FacilityBookings;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Demo bookings: closed Mondays, bookings with a staff-only booker, loaded quickly and twice
 * safely.
 */
@IntegrationTest
@DateSensitive
class DemoFacilityTest {

  @Autowired FacilityBookings bookings;
  @Autowired FacilityImport importer;
  @Autowired Clock clock;

  @Test
  void demoBookingsSpreadOverFiveMonthsWithClosedMondays() {
    long start = System.nanoTime();
    new DemoFacility(importer, clock).load(DemoScale.FULL, new Random(DemoLoader.SEED + 60));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    // loading again (another start) adds nothing where a booking exists
    new DemoFacility(importer, clock).load(DemoScale.FULL, new Random(DemoLoader.SEED + 60));

    YearMonth next = YearMonth.now(clock).plusMonths(1);
    // what the demo wrote: other tests' bookings in the same database keep theirs (a test may
    // book a Monday of next month), and the demo never overwrites a booking that exists
    List<Booking> month =
        bookings.month(next).stream().filter(b -> "demo".equals(b.getUpdatedBy())).toList();
    assertThat(month).isNotEmpty();
    assertThat(month)
        .filteredOn(b -> b.getDate().getDayOfWeek() == DayOfWeek.MONDAY)
        .allMatch(b -> b.getState() == BookingState.UNAVAILABLE || b.getBooker() != null);
    assertThat(month).anyMatch(b -> b.getState() == BookingState.BOOKED && b.getBooker() != null);
    assertThat(bookings.month(YearMonth.now(clock).minusMonths(2))).isNotEmpty();
    assertThat(bookings.anyBooking()).isTrue();
  }
}
