package jp.yamaguchi.katsudo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.core.ClockConfig;
import org.junit.jupiter.api.Test;

/**
 * Dates come from the injected {@link Clock}: no code reads the wall clock or the machine's time
 * zone where a date could decide an outcome, and every test context runs on the {@link TestClock}.
 */
class WallClockGuardTest {

  /** Reading "now" without a clock, or the machine's zone. */
  static final Pattern WALL_CLOCK =
      Pattern.compile(
          "\\b(?:LocalDate|LocalDateTime|LocalTime|Instant|YearMonth|Year|ZonedDateTime"
              + "|OffsetDateTime|OffsetTime)\\s*\\.\\s*now\\s*\\(\\s*(?:\\)|Zone|ClockConfig|java\\.time\\.Zone)"
              + "|ZoneId\\s*\\.\\s*systemDefault|TimeZone\\s*\\.\\s*getDefault"
              + "|Clock\\s*\\.\\s*system(?:UTC|DefaultZone)?\\s*\\(|System\\s*\\.\\s*currentTimeMillis"
              + "|new\\s+(?:java\\.util\\.)?Date\\s*\\(\\s*\\)");

  /** The two places that may: the application's clock and the test clock's own start. */
  static final Set<String> ALLOWED =
      Set.of(
          "src/main/java/jp/yamaguchi/katsudo/core/ClockConfig.java",
          "src/test/java/jp/yamaguchi/katsudo/support/TestClock.java",
          "src/test/java/jp/yamaguchi/katsudo/support/WallClockGuardTest.java");

  @Test
  void noCodeReadsTheWallClockOrTheMachineTimeZone() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String name = p.toString().replace('\\', '/');
          if (ALLOWED.contains(name)) continue;
          List<String> lines = Files.readAllLines(p);
          for (int i = 0; i < lines.size(); i++) {
            if (WALL_CLOCK.matcher(lines.get(i)).find()) {
              offenders.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theGuardRecognisesEachForm() {
    assertThat(WALL_CLOCK.matcher("LocalDate.now()").find()).isTrue();
    assertThat(WALL_CLOCK.matcher("LocalDate.now(ZoneId.of(\"Asia/Tokyo\"))").find()).isTrue();
    assertThat(WALL_CLOCK.matcher("YearMonth.now(ClockConfig.ZONE)").find()).isTrue();
    assertThat(WALL_CLOCK.matcher("Instant.now().minusSeconds(1)").find()).isTrue();
    assertThat(WALL_CLOCK.matcher("ZoneId.systemDefault()").find()).isTrue();
    assertThat(WALL_CLOCK.matcher("Clock.systemUTC()").find()).isTrue();
    assertThat(WALL_CLOCK.matcher("LocalDate.now(clock)").find()).isFalse();
    assertThat(WALL_CLOCK.matcher("clock.instant()").find()).isFalse();
  }

  @Test
  void theTestClockStartsAtTheConfiguredMomentAndOnlyMovesByMicroseconds() {
    Clock wall = Clock.fixed(Instant.parse("2026-12-07T19:00:00Z"), ZoneOffset.UTC); // 04:00 JST
    // unset: today in Japan (already the 8th) at noon JST
    assertThat(TestClock.parse(null, wall)).isEqualTo(Instant.parse("2026-12-08T03:00:00Z"));
    // a bare time is Japan time, on Japan's date
    assertThat(TestClock.parse("23:59", wall)).isEqualTo(Instant.parse("2026-12-08T14:59:00Z"));
    assertThat(TestClock.parse("00:01+09:00", wall))
        .isEqualTo(Instant.parse("2026-12-07T15:01:00Z"));
    // a UTC time is on the UTC date
    assertThat(TestClock.parse("23:59Z", wall)).isEqualTo(Instant.parse("2026-12-07T23:59:00Z"));
    assertThat(TestClock.parse("2026-12-31T23:59:00+09:00", wall))
        .isEqualTo(Instant.parse("2026-12-31T14:59:00Z"));

    TestClock clock = new TestClock(Instant.parse("2026-12-07T14:59:59Z"));
    Instant first = clock.instant();
    Instant second = clock.instant();
    assertThat(second).isAfter(first);
    assertThat(clock.getZone()).isEqualTo(ClockConfig.ZONE);
    for (int i = 0; i < 100_000; i++) clock.instant();
    // a hundred thousand readings later it is still 23:59:59 JST on the 7th
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 7));
  }
}
