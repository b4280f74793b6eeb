package jp.yamaguchi.katsudo.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import jp.yamaguchi.katsudo.core.ClockConfig;

/**
 * The clock of every test context: a chosen moment in Japan time that does not follow the wall
 * clock, so a test run gives the same dates whatever the hour, and a run started at 23:59 does not
 * cross midnight half way. Each reading is one microsecond after the previous one, so records
 * written one after another still sort in the order they were written.
 *
 * <p>The moment comes from the system property {@code katsudo.test.now} or the environment variable
 * {@code KATSUDO_TEST_NOW}:
 *
 * <ul>
 *   <li>unset: today (in Japan) at 12:00 JST;
 *   <li>a time, {@code 23:59} (Japan time), {@code 23:59+09:00} or {@code 23:59Z}: today (in that
 *       offset) at that time;
 *   <li>a whole date-time with an offset, {@code 2026-12-07T23:59:00+09:00}.
 * </ul>
 *
 * The date is today's on purpose: the database's own clock (session expiry, the audit-log guard's
 * {@code now()}) stays within a day of the application's. {@code make test-clock} runs the {@link
 * DateSensitive} tests at 23:59 and 00:01 JST and at 23:59 UTC.
 */
public final class TestClock extends Clock {

  public static final String PROPERTY = "katsudo.test.now";
  public static final String VARIABLE = "KATSUDO_TEST_NOW";

  /** The moment every test clock of this JVM starts at, read once from the setting. */
  public static final Instant START = parse(setting(), Clock.systemUTC());

  private final Instant start;
  private final AtomicLong ticks = new AtomicLong();

  public TestClock(Instant start) {
    this.start = start;
  }

  /** A clock starting at the moment configured for this run. */
  public static TestClock configured() {
    return new TestClock(START);
  }

  static String setting() {
    String s = System.getProperty(PROPERTY);
    if (s == null || s.isBlank()) s = System.getenv(VARIABLE);
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** The start moment named by {@code value} (see the class comment), read against {@code wall}. */
  static Instant parse(String value, Clock wall) {
    if (value == null) {
      return LocalDate.now(wall.withZone(ClockConfig.ZONE))
          .atTime(LocalTime.NOON)
          .atZone(ClockConfig.ZONE)
          .toInstant();
    }
    if (value.contains("T")) return OffsetDateTime.parse(value).toInstant();
    boolean zoned = value.endsWith("Z") || value.indexOf('+') > 0 || value.lastIndexOf('-') > 0;
    OffsetTime time = OffsetTime.parse(zoned ? value : value + "+09:00");
    LocalDate today = LocalDate.now(wall.withZone(time.getOffset()));
    return time.atDate(today).toInstant();
  }

  public Instant start() {
    return start;
  }

  @Override
  public ZoneId getZone() {
    return ClockConfig.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(ClockConfig.ZONE) ? this : Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    return start.plus(ticks.getAndIncrement(), ChronoUnit.MICROS);
  }

  @Override
  public String toString() {
    return "TestClock[" + start + "]";
  }
}
