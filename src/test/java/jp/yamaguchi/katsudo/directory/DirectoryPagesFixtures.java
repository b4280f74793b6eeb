package jp.yamaguchi.katsudo.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import org.springframework.stereotype.Component;

/**
 * Directory entries for the tests of the public pages, the staff list, the CSV and the change
 * requests: built with unique names (the test database is shared) and saved through {@link
 * DirectoryBulkImport} in the review state wanted, without events or mails.
 */
@Component
public class DirectoryPagesFixtures {

  private final DirectoryBulkImport bulk;

  DirectoryPagesFixtures(DirectoryBulkImport bulk) {
    this.bulk = bulk;
  }

  /** A short unique token to put in names, so searches find only this test's entries. */
  public static String token() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** A mutable description of one entry, with sensible defaults. */
  public static class Entry {
    public OrganisationKind kind = OrganisationKind.GROUP;
    public DirectoryStatus status = DirectoryStatus.ACTIVE;
    public ReviewState state = ReviewState.PUBLISHED;
    public Instant at = Instant.parse("2025-04-01T01:00:00Z");
    public String classification = "nini";
    public String name;
    public String nameKana = "てすとのかい";
    public String representativeName = "山口　太郎";
    public String representativeTitle = "代表";
    public String contactName = "周南　花子";
    public Set<String> fields = Set.of("f01");
    public String targetArea = "prefecture";
    public Set<String> targetCities = Set.of();
    public String purpose = "地域の福祉の増進を目的とします。";
    public String activities = "高齢者の見守りをしています。";
    public String csr = null;
    public String appeal = "仲間を募集しています。";
    public String postalCode = "753-0001";
    public String prefecture = "35";
    public String municipality = "yamaguchi";
    public String address = "中央1丁目1番1号";
    public String phone = "083-900-1111";
    public String fax = null;
    public String email = "info@example.jp";
    public String established = "平成17年4月";
    public String memberCount = "約30名";
    public String membershipFee = "年額1,000円";
    public String url1 = null;
    public Set<String> features = Set.of();
    public String registrantName = "登録　担当";
    public String registrantPhone = "090-0000-0000";
    public String registrantEmail = "registrant@example.jp";
    public String pendingChange = null;

    public Entry(String name) {
      this.name = name;
    }

    public Entry company() {
      kind = OrganisationKind.COMPANY;
      classification = "kabushiki";
      fields = Set.of();
      targetArea = null;
      purpose = null;
      membershipFee = null;
      csr = "清掃活動をしています。";
      fax = "083-900-1112";
      return this;
    }

    ImportedDirectoryEntry toImport() {
      return new ImportedDirectoryEntry(
          kind,
          status,
          state,
          at,
          classification,
          name,
          nameKana,
          representativeName,
          representativeTitle,
          contactName,
          fields,
          targetArea,
          targetCities,
          purpose,
          activities,
          csr,
          appeal,
          postalCode,
          prefecture,
          municipality,
          address,
          phone,
          fax,
          email,
          established,
          memberCount,
          membershipFee,
          url1,
          url1 == null ? null : "ホームページ",
          features,
          registrantName,
          registrantPhone,
          registrantEmail,
          pendingChange);
    }
  }

  /** Saves the entries (in order) and returns their ids. */
  public List<Long> save(Entry... entries) {
    List<ImportedDirectoryEntry> items =
        java.util.Arrays.stream(entries).map(Entry::toImport).toList();
    return bulk.importAllReturningIds(items, "test");
  }

  public long save(Entry entry) {
    return save(new Entry[] {entry}).getFirst();
  }
}
