package jp.yamaguchi.katsudo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import jp.yamaguchi.katsudo.book.BookInput;
import jp.yamaguchi.katsudo.book.Books;
import jp.yamaguchi.katsudo.book.domain.BookRules;
import jp.yamaguchi.katsudo.book.domain.PublicationDates;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.newsletter.ImportedIssue;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo catalogue and back numbers: spec §0 volumes, valid, deterministic, quick to load. */
@IntegrationTest
class DemoBooksNewslettersTest {

  @Autowired Books books;

  @Test
  void theFullCatalogueHasTheSpecVolumeOfValidBooksAndLoadsQuickly() {
    List<BookInput> full = DemoBooks.inputs(DemoScale.FULL, new Random(DemoLoader.SEED + 40));
    assertThat(full).hasSize(3101);
    assertThat(full).allMatch(b -> BookRules.check(b).ok());
    assertThat(new HashSet<>(full.stream().map(BookInput::receiptNumber).toList())).hasSize(3101);
    long readable =
        full.stream().filter(b -> PublicationDates.parse(b.publishedText()).isPresent()).count();
    assertThat(readable).isBetween(2500L, 3000L);
    assertThat(DemoBooks.inputs(DemoScale.FULL, new Random(DemoLoader.SEED + 40))).isEqualTo(full);

    // the same rows under numbers of their own (the test database is shared and kept)
    String prefix = "D" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    List<BookInput> renumbered =
        full.stream()
            .map(
                b ->
                    new BookInput(
                        prefix + b.receiptNumber(),
                        b.title(),
                        b.authors(),
                        b.publisher(),
                        b.publishedText(),
                        b.description()))
            .toList();
    long start = System.nanoTime();
    assertThat(books.importAll(renumbered, "demo")).isEqualTo(3101);
    assertThat((System.nanoTime() - start) / 1_000_000).as("FULL book load, ms").isLessThan(30_000);
  }

  @Test
  void theBackNumbersReachTheSpecVolumeWithOldIdsAndOneWaitingForReview() {
    List<ImportedIssue> full =
        DemoNewsletters.issues(DemoScale.FULL, new Random(DemoLoader.SEED + 45));
    assertThat(full).hasSize(397);
    assertThat(full.getFirst().issueNumber()).isEqualTo(1);
    assertThat(full.getLast().state()).isEqualTo(ReviewState.PENDING);
    assertThat(full.getFirst().legacyId()).isEqualTo(2007L);
    assertThat(full.getFirst().publishedOn()).isBefore(full.getLast().publishedOn());
    assertThat(full.get(10).body()).contains("さぽ～とメール　第11号").contains("\n");
    assertThat(DemoNewsletters.issues(DemoScale.STANDARD, new Random(1))).hasSize(24);
  }
}
