package jp.yamaguchi.katsudo.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.directory.DirectoryBulkImport;
import jp.yamaguchi.katsudo.directory.ImportedDirectoryEntry;
import org.springframework.stereotype.Component;

/**
 * Directory entries (団体・企業を探す): FULL at the volumes of spec §0 (県民活動団体 1,010, NPO法人 270, 企業 76),
 * STANDARD a few dozen; every activity status and review state occurs, including 仮登録 entries and
 * published entries with a change request waiting for staff.
 */
@Component
class DemoDirectory implements DemoSet {

  static final int FULL_GROUPS = 1010;
  static final int FULL_NPOS = 270;
  static final int FULL_COMPANIES = 76;

  private final DirectoryBulkImport directory;

  DemoDirectory(DirectoryBulkImport directory) {
    this.directory = directory;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public boolean present() {
    return !directory.isEmpty();
  }

  @Override
  public void load(DemoScale scale, Random random) {
    boolean full = scale == DemoScale.FULL;
    List<ImportedDirectoryEntry> items = new ArrayList<>();
    items.addAll(
        DemoDirectoryText.entries(OrganisationKind.GROUP, full ? FULL_GROUPS : 30, random));
    items.addAll(DemoDirectoryText.entries(OrganisationKind.NPO, full ? FULL_NPOS : 12, random));
    items.addAll(
        DemoDirectoryText.entries(OrganisationKind.COMPANY, full ? FULL_COMPANIES : 8, random));
    directory.importAll(items, "demo");
  }
}
