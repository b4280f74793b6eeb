package jp.yamaguchi.katsudo.report;

import java.util.List;
import jp.yamaguchi.katsudo.report.domain.ReportEditing;
import org.springframework.stereotype.Service;

/** Brings many activity reports in at once: the demo data and, later, the legacy migration. */
@Service
public class ReportImport {

  private final ReportEditing editing;

  ReportImport(ReportEditing editing) {
    this.editing = editing;
  }

  public boolean isEmpty() {
    return editing.count() == 0;
  }

  /** Saves the reports in one transaction, each with a first history row; returns how many. */
  public int importAll(List<ImportedReport> reports, String actor) {
    return editing.importAll(reports, actor);
  }
}
