package jp.yamaguchi.katsudo.grant;

import java.util.List;
import jp.yamaguchi.katsudo.grant.domain.GrantEditing;
import org.springframework.stereotype.Service;

/** Brings many grant calls in at once: the demo data and, later, the legacy migration. */
@Service
public class GrantImport {

  private final GrantEditing editing;

  GrantImport(GrantEditing editing) {
    this.editing = editing;
  }

  /** Whether no grant exists yet. */
  public boolean isEmpty() {
    return editing.count() == 0;
  }

  /**
   * Saves the grants in one transaction, in batches, each with a first history row.
   *
   * @param actor who imports (recorded as creator and in the history)
   * @return how many were saved
   */
  public int importAll(List<ImportedGrant> grants, String actor) {
    return editing.importAll(grants, actor);
  }
}
