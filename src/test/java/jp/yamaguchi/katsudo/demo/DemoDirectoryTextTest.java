package jp.yamaguchi.katsudo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;
import jp.yamaguchi.katsudo.directory.ImportedDirectoryEntry;
import org.junit.jupiter.api.Test;

/** The FULL directory demo: spec §0 volumes, every status and review state, deterministic. */
class DemoDirectoryTextTest {

  @Test
  void fullScaleHasTheVolumesOfTheSpecWithEveryStatusAndState() {
    Random random = new Random(1);
    List<ImportedDirectoryEntry> groups =
        DemoDirectoryText.entries(OrganisationKind.GROUP, DemoDirectory.FULL_GROUPS, random);
    List<ImportedDirectoryEntry> npos =
        DemoDirectoryText.entries(OrganisationKind.NPO, DemoDirectory.FULL_NPOS, random);
    List<ImportedDirectoryEntry> companies =
        DemoDirectoryText.entries(OrganisationKind.COMPANY, DemoDirectory.FULL_COMPANIES, random);
    assertThat(groups).hasSize(1010);
    assertThat(npos).hasSize(270);
    assertThat(companies).hasSize(76);
    for (List<ImportedDirectoryEntry> kind : List.of(groups, npos, companies)) {
      assertThat(kind.stream().map(ImportedDirectoryEntry::status).collect(Collectors.toSet()))
          .containsExactlyInAnyOrder(DirectoryStatus.values());
      assertThat(kind.stream().map(ImportedDirectoryEntry::state).collect(Collectors.toSet()))
          .contains(ReviewState.PUBLISHED, ReviewState.PENDING);
      assertThat(kind.stream().map(ImportedDirectoryEntry::name).distinct()).hasSize(kind.size());
    }
    Set<ReviewState> states = new HashSet<>();
    groups.forEach(e -> states.add(e.state()));
    assertThat(states).containsExactlyInAnyOrder(ReviewState.values());
    assertThat(groups.stream().filter(e -> e.pendingChange() != null).count()).isGreaterThan(5);
    assertThat(npos.getFirst().name()).startsWith("特定非営利活動法人");
    assertThat(companies.getFirst().activityFields()).isEmpty();
    assertThat(groups.getFirst().nameKana()).matches("[\\p{IsHiragana}ー]+");
  }

  @Test
  void theSameSeedGivesTheSameEntries() {
    var a = DemoDirectoryText.entries(OrganisationKind.GROUP, 40, new Random(7));
    var b = DemoDirectoryText.entries(OrganisationKind.GROUP, 40, new Random(7));
    assertThat(a).isEqualTo(b);
  }
}
