package jp.yamaguchi.katsudo.directory;

import java.time.Instant;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.review.ReviewState;

/** A line of a list of entries (HOME, the owner's page): no private data. */
public record DirectoryHeadline(
    long id,
    OrganisationKind kind,
    DirectoryStatus status,
    String name,
    ReviewState reviewState,
    Instant publishedAt) {

  public String path() {
    return DirectoryEntries.detailPath(id);
  }
}
