package jp.yamaguchi.katsudo.directory.domain;

import java.util.List;
import java.util.function.Function;
import jp.yamaguchi.katsudo.core.lists.ListKey;

/**
 * The editable fields of a directory entry in form order, for the staff comparison of a change
 * request and the CSV export: each with its message key ({@code dirpages.col.<key>}), how to read
 * it from a {@link DirectoryContent}, the list its codes come from, and whether it is a private
 * 登録担当者 field.
 *
 * @param key the field's name (also the CSV column code)
 * @param value reads the raw value (a String, a Set of codes, an enum, a Long media id or null)
 * @param list the list of its codes, or null for free text
 * @param registrant whether it is a private 登録担当者 field (never public; CSV only for 管理者)
 */
public record DirectoryField(
    String key, Function<DirectoryContent, Object> value, ListKey list, boolean registrant) {

  /** Marks a classification, whose list depends on the entry's type. */
  public static final String CLASSIFICATION = "classification";

  /** Marks the 市町 of the address: a MUNICIPALITY code or 山口県外. */
  public static final String MUNICIPALITY = "municipality";

  public String messageKey() {
    return "dirpages.col." + key;
  }

  private static DirectoryField text(String key, Function<DirectoryContent, Object> value) {
    return new DirectoryField(key, value, null, false);
  }

  private static DirectoryField coded(
      String key, Function<DirectoryContent, Object> value, ListKey list) {
    return new DirectoryField(key, value, list, false);
  }

  private static DirectoryField registrant(String key, Function<DirectoryContent, Object> value) {
    return new DirectoryField(key, value, null, true);
  }

  /** Every field, in the order of the registration form (spec §5.1). */
  public static final List<DirectoryField> ALL =
      List.of(
          text("status", DirectoryContent::status),
          coded(CLASSIFICATION, DirectoryContent::classification, null),
          text("name", DirectoryContent::name),
          text("nameKana", DirectoryContent::nameKana),
          text("representativeName", DirectoryContent::representativeName),
          text("representativeTitle", DirectoryContent::representativeTitle),
          text("contactName", DirectoryContent::contactName),
          text("contactTitle", DirectoryContent::contactTitle),
          coded("activityFields", DirectoryContent::activityFields, ListKey.ACTIVITY_FIELD),
          coded("targetArea", DirectoryContent::targetArea, ListKey.TARGET_AREA),
          coded(
              "targetMunicipalities", DirectoryContent::targetMunicipalities, ListKey.MUNICIPALITY),
          text("purpose", DirectoryContent::purpose),
          text("activities", DirectoryContent::activities),
          text("csrActivities", DirectoryContent::csrActivities),
          text("collaboration", DirectoryContent::collaboration),
          text("appeal", DirectoryContent::appeal),
          text("mainOffice", DirectoryContent::mainOffice),
          text("branchOffice", DirectoryContent::branchOffice),
          text("postalCode", DirectoryContent::postalCode),
          coded("prefecture", DirectoryContent::prefecture, ListKey.PREFECTURE),
          coded(MUNICIPALITY, DirectoryContent::municipality, ListKey.MUNICIPALITY),
          text("address", DirectoryContent::address),
          text("phone", DirectoryContent::phone),
          text("fax", DirectoryContent::fax),
          text("email", DirectoryContent::email),
          text("established", DirectoryContent::established),
          coded("budgetRange", DirectoryContent::budgetRange, ListKey.BUDGET_RANGE),
          text("memberCount", DirectoryContent::memberCount),
          text("membershipFee", DirectoryContent::membershipFee),
          text("membershipQualification", DirectoryContent::membershipQualification),
          text("activitySchedule", DirectoryContent::activitySchedule),
          text("url1", DirectoryContent::url1),
          text("url1Description", DirectoryContent::url1Description),
          text("url2", DirectoryContent::url2),
          text("url2Description", DirectoryContent::url2Description),
          text("url3", DirectoryContent::url3),
          text("url3Description", DirectoryContent::url3Description),
          text("file1", DirectoryContent::file1MediaId),
          text("file2", DirectoryContent::file2MediaId),
          text("file3", DirectoryContent::file3MediaId),
          coded("features", DirectoryContent::features, ListKey.FEATURE),
          registrant("registrantName", DirectoryContent::registrantName),
          registrant("registrantTitle", DirectoryContent::registrantTitle),
          registrant("registrantPhone", DirectoryContent::registrantPhone),
          registrant("registrantEmail", DirectoryContent::registrantEmail));

  /** The field of this key, or null. */
  public static DirectoryField byKey(String key) {
    return ALL.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
  }
}
