package jp.yamaguchi.katsudo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.DirectoryBulkImport;
import jp.yamaguchi.katsudo.directory.changes.ChangeRequests;
import jp.yamaguchi.katsudo.directory.changes.ChangeState;
import jp.yamaguchi.katsudo.directory.domain.DirectoryFinder;
import jp.yamaguchi.katsudo.directory.domain.DirectorySearch;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The STANDARD directory demo loads through the bulk import: entries, states, change requests. */
@IntegrationTest
class DemoDirectoryLoadTest {

  @Autowired DirectoryBulkImport bulk;
  @Autowired DirectoryFinder finder;
  @Autowired ChangeRequests changes;

  @Test
  void theStandardSetLoadsWithEveryStateAndPendingChangeRequests() {
    long entriesBefore = finder.count(DirectorySearch.all());
    long pendingBefore = finder.countInState(ReviewState.PENDING);
    long changesBefore = changes.count(ChangeState.PENDING);
    new DemoDirectory(bulk).load(DemoScale.STANDARD, new Random(DemoLoader.SEED));
    // DirectorySearch.all() leaves out unconfirmed drafts: 30 + 12 + 8 minus one draft per type
    assertThat(finder.count(DirectorySearch.all()) - entriesBefore).isEqualTo(47);
    assertThat(finder.countInState(ReviewState.DRAFT)).isGreaterThanOrEqualTo(3);
    assertThat(finder.countInState(ReviewState.PENDING) - pendingBefore).isEqualTo(3);
    // one published entry per type has a change request waiting
    assertThat(changes.count(ChangeState.PENDING) - changesBefore).isEqualTo(3);
  }
}
