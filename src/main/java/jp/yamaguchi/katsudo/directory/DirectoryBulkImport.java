package jp.yamaguchi.katsudo.directory;

import java.util.List;
import jp.yamaguchi.katsudo.directory.changes.ChangeRequests;
import jp.yamaguchi.katsudo.directory.domain.DirectoryImporter;
import org.springframework.stereotype.Service;

/**
 * Brings many directory entries in at once (the demo data): in one transaction, in batches, each
 * with its organisation record and a first history row, in the review state given, without review
 * events or mails.
 */
@Service
public class DirectoryBulkImport {

  private final DirectoryImporter importer;
  private final ChangeRequests changes;

  DirectoryBulkImport(DirectoryImporter importer, ChangeRequests changes) {
    this.importer = importer;
    this.changes = changes;
  }

  /** Whether no directory entry exists yet. */
  public boolean isEmpty() {
    return importer.isEmpty();
  }

  /**
   * Saves the entries; for those with a {@code pendingChange} also a change request waiting for
   * staff (its activities text replaced).
   *
   * @param actor who imports (recorded as creator and in the history)
   * @return how many entries were saved
   */
  public int importAll(List<ImportedDirectoryEntry> items, String actor) {
    return importAllReturningIds(items, actor).size();
  }

  /** {@link #importAll}, returning the new entries' ids in the order of the items. */
  public List<Long> importAllReturningIds(List<ImportedDirectoryEntry> items, String actor) {
    List<Long> ids = importer.importAll(items, actor);
    for (int i = 0; i < items.size(); i++) {
      String change = items.get(i).pendingChange();
      if (change != null) changes.importPending(ids.get(i), change, actor);
    }
    return ids;
  }
}
