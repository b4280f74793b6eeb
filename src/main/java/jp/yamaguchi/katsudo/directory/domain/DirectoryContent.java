package jp.yamaguchi.katsudo.directory.domain;

import java.util.Set;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;

/**
 * Every field of a directory entry a form edits (spec §5.1), as plain values. Fields that do not
 * apply to the kind (e.g. 活動分野 for a company) are empty. Multi-choice fields hold list codes of
 * {@code core.lists}. The registrant (登録担当者) fields are private: never shown publicly.
 */
public record DirectoryContent(
    OrganisationKind kind,
    DirectoryStatus status,
    String classification,
    String name,
    String nameKana,
    String representativeName,
    String representativeTitle,
    String contactName,
    String contactTitle,
    Set<String> activityFields,
    String targetArea,
    Set<String> targetMunicipalities,
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
    String budgetRange,
    String memberCount,
    String membershipFee,
    String membershipQualification,
    String activitySchedule,
    String url1,
    String url1Description,
    String url2,
    String url2Description,
    String url3,
    String url3Description,
    Long file1MediaId,
    Long file2MediaId,
    Long file3MediaId,
    Set<String> features,
    Set<String> requirements,
    String registrantName,
    String registrantTitle,
    String registrantPhone,
    String registrantEmail,
    boolean minorsNoticeAgreed) {

  public DirectoryContent {
    activityFields = activityFields == null ? Set.of() : Set.copyOf(activityFields);
    targetMunicipalities =
        targetMunicipalities == null ? Set.of() : Set.copyOf(targetMunicipalities);
    features = features == null ? Set.of() : Set.copyOf(features);
    requirements = requirements == null ? Set.of() : Set.copyOf(requirements);
  }
}
