package jp.yamaguchi.katsudo.directory;

import java.time.Instant;
import java.util.List;
import jp.yamaguchi.katsudo.account.OrganisationKind;

/**
 * The public face of a directory entry: exactly what the public detail page may show (spec §2),
 * with list codes already turned into their labels (in list order). The 登録担当者 fields, the reference
 * files and 前年度総決算 are not here on purpose: they are never public.
 *
 * @param classification 団体の分類 / 企業の分類 (label)
 * @param activities 活動内容 (group) or 事業内容 (company)
 * @param csrActivities CSRの取り組み・社会貢献活動等の概要 (company)
 * @param appeal アピールポイント・広報・設立の経緯など (group) / ひとことPR (company)
 * @param established 設立年月日・発足年月日, free text (legacy values such as 「平成17年4月」)
 * @param memberCount 会員数 / 従業員数, free text
 */
public record DirectoryEntryView(
    long id,
    long organisationId,
    OrganisationKind kind,
    DirectoryStatus status,
    String classification,
    String name,
    String nameKana,
    String representativeName,
    String representativeTitle,
    String contactName,
    String contactTitle,
    List<String> activityFields,
    String targetArea,
    List<String> targetMunicipalities,
    String purpose,
    String activities,
    String csrActivities,
    String collaboration,
    String appeal,
    String mainOffice,
    String branchOffice,
    String postalCode,
    String prefecture,
    String municipality,
    String address,
    String phone,
    String fax,
    String email,
    String established,
    String memberCount,
    String membershipFee,
    String membershipQualification,
    String activitySchedule,
    List<DirectoryLink> links,
    List<String> features,
    Instant publishedAt,
    Instant updatedAt) {

  public boolean company() {
    return kind == OrganisationKind.COMPANY;
  }

  public String path() {
    return DirectoryEntries.detailPath(id);
  }
}
