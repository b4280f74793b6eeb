package jp.yamaguchi.katsudo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.event.EventImport;
import jp.yamaguchi.katsudo.event.EventKind;
import jp.yamaguchi.katsudo.event.ImportedEvent;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@DateSensitive
class DemoEventsTest {

  @Autowired EventImport importer;
  @Autowired EventEditing editing;
  @Autowired Clock clock;

  @Test
  void fullScaleHasTheSpecVolumeOfEveryKindOverPastAndFuture() {
    LocalDate today = LocalDate.of(2026, 11, 26);
    List<ImportedEvent> a = DemoEvents.generate(DemoScale.FULL, new Random(7), today);
    List<ImportedEvent> b = DemoEvents.generate(DemoScale.FULL, new Random(7), today);
    assertThat(a).hasSize(5_827).isEqualTo(b);
    for (EventKind kind : EventKind.values()) {
      assertThat(a).anyMatch(e -> e.kind() == kind);
    }
    long past = a.stream().filter(e -> e.endDate().isBefore(today)).count();
    assertThat(past).isBetween(4_000L, 5_500L);
    assertThat(a).anyMatch(e -> e.startDate().isBefore(today.minusYears(7)));
    assertThat(a).anyMatch(e -> e.startDate().isAfter(today.plusMonths(10)));
    assertThat(a).anyMatch(e -> e.state() == ReviewState.PENDING);
    assertThat(a).allMatch(e -> !e.endDate().isBefore(e.startDate()));
    assertThat(a).allMatch(e -> e.title().length() <= 200 && !e.body().isBlank());
  }

  @Test
  void fullScaleLoadsInBatches() {
    long before = editing.count();
    long start = System.nanoTime();
    new DemoEvents(importer, clock).load(DemoScale.FULL, new Random(DemoLoader.SEED + 40));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("FULL demo events loaded in " + millis + " ms");
    assertThat(millis).as("FULL scale event load time").isLessThan(90_000);
    assertThat(editing.count() - before).isEqualTo(DemoEvents.FULL);
  }

  @Test
  void standardScaleLoadsQuicklyWithUpcomingAndArchivedEvents() {
    long before = editing.count();
    long start = System.nanoTime();
    new DemoEvents(importer, clock).load(DemoScale.STANDARD, new Random(DemoLoader.SEED + 40));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).isLessThan(20_000);
    assertThat(editing.count() - before).isEqualTo(DemoEvents.STANDARD);
  }
}
