package jp.yamaguchi.katsudo.newsletter;

import java.util.List;
import jp.yamaguchi.katsudo.newsletter.domain.IssueEditing;
import org.springframework.stereotype.Service;

/** Brings many back numbers in at once: the demo data and, later, the legacy migration. */
@Service
public class Newsletters {

  private final IssueEditing editing;

  Newsletters(IssueEditing editing) {
    this.editing = editing;
  }

  /** Whether no issue exists yet. */
  public boolean isEmpty() {
    return editing.count() == 0;
  }

  /** Saves the issues in one transaction, in batches, each with a first history row. */
  public int importAll(List<ImportedIssue> issues, String actor) {
    return editing.importAll(issues, actor);
  }
}
