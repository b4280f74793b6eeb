package jp.yamaguchi.katsudo.directory.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.media.MediaInfo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The read-only label/value rows of a {@link DirectoryForm} for a confirmation page (確認) or a
 * comparison: every field in the form's order with list codes turned into labels; empty optional
 * fields read 「（未入力）」. Rendered by {@code directory/form-fields :: summary(rows)}.
 */
@Component
public class DirectorySummary {

  /** One line: the field name (as in the form), its label and its value (may hold line breaks). */
  public record Row(String field, String label, String value, boolean privateField) {}

  private final DirectoryFormSupport support;
  private final MessageSource messages;

  DirectorySummary(DirectoryFormSupport support, MessageSource messages) {
    this.support = support;
    this.messages = messages;
  }

  public List<Row> rows(DirectoryForm f, boolean publicForm) {
    DirectoryFormSupport.Options o = support.options(f.getKind());
    boolean company = f.isCompany();
    List<Row> rows = new ArrayList<>();
    rows.add(row("kind", "directory.field.kind", msg("directory.kind." + f.getKind().name())));
    if (!publicForm) {
      rows.add(row("status", "directory.field.status", label(o.statuses(), f.getStatus().name())));
    }
    rows.add(
        row(
            "classification",
            company ? "directory.field.classification.company" : "directory.field.classification",
            label(o.classifications(), f.getClassification())));
    rows.add(
        row(
            "name",
            company ? "directory.field.name.company" : "directory.field.name",
            f.getName()));
    rows.add(row("nameKana", "directory.field.nameKana", f.getNameKana()));
    rows.add(
        row("representativeName", "directory.field.representativeName", f.getRepresentativeName()));
    if (publicForm) {
      rows.add(
          row(
              "minorsNoticeAgreed",
              "directory.field.minorsNotice.title",
              f.isMinorsNoticeAgreed() ? msg("directory.field.minorsNoticeAgreed") : null));
    }
    rows.add(
        row(
            "representativeTitle",
            "directory.field.representativeTitle",
            f.getRepresentativeTitle()));
    rows.add(row("contactName", "directory.field.contactName", f.getContactName()));
    rows.add(row("contactTitle", "directory.field.contactTitle", f.getContactTitle()));
    if (!company) {
      rows.add(
          row(
              "activityFields",
              "directory.field.activityFields",
              labels(o.activityFields(), f.getActivityFields())));
      rows.add(
          row(
              "targetArea",
              "directory.field.targetArea",
              label(o.targetAreas(), f.getTargetArea())));
      rows.add(
          row(
              "targetMunicipalities",
              "directory.field.targetMunicipalities",
              labels(o.municipalities(), f.getTargetMunicipalities())));
      rows.add(row("purpose", "directory.field.purpose", f.getPurpose()));
    }
    rows.add(
        row(
            "activities",
            company ? "directory.field.activities.company" : "directory.field.activities",
            f.getActivities()));
    if (company)
      rows.add(row("csrActivities", "directory.field.csrActivities", f.getCsrActivities()));
    rows.add(row("collaboration", "directory.field.collaboration", f.getCollaboration()));
    rows.add(row("appeal", "directory.field.appeal", f.getAppeal()));
    if (!company) {
      rows.add(row("mainOffice", "directory.field.mainOffice", f.getMainOffice()));
      rows.add(row("branchOffice", "directory.field.branchOffice", f.getBranchOffice()));
    }
    rows.add(row("postalCode", "directory.field.postalCode", f.getPostalCode()));
    rows.add(
        row("prefecture", "directory.field.prefecture", label(o.prefectures(), f.getPrefecture())));
    rows.add(
        row(
            "municipality",
            "directory.field.municipality",
            label(o.addressMunicipalities(), f.getMunicipality())));
    rows.add(row("address", "directory.field.address", f.getAddress()));
    rows.add(row("phone", "directory.field.phone", f.getPhone()));
    rows.add(row("fax", "directory.field.fax", f.getFax()));
    rows.add(row("email", "directory.field.email", f.getEmail()));
    rows.add(row("established", "directory.field.established", f.getEstablished()));
    if (!company) {
      rows.add(
          row(
              "budgetRange",
              "directory.field.budgetRange",
              label(o.budgetRanges(), f.getBudgetRange())));
    }
    rows.add(
        row(
            "memberCount",
            company ? "directory.field.memberCount.company" : "directory.field.memberCount",
            f.getMemberCount()));
    if (!company) {
      rows.add(row("membershipFee", "directory.field.membershipFee", f.getMembershipFee()));
      rows.add(
          row(
              "membershipQualification",
              "directory.field.membershipQualification",
              f.getMembershipQualification()));
      rows.add(
          row("activitySchedule", "directory.field.activitySchedule", f.getActivitySchedule()));
    }
    String[][] urls = {
      {f.getUrl1(), f.getUrl1Description()},
      {f.getUrl2(), f.getUrl2Description()},
      {f.getUrl3(), f.getUrl3Description()}
    };
    for (int i = 0; i < urls.length; i++) {
      int n = i + 1;
      rows.add(new Row("url" + n, msg("directory.field.url", n), urls[i][0], false));
      rows.add(
          new Row(
              "url" + n + "Description",
              msg("directory.field.urlDescription", n),
              urls[i][1],
              false));
    }
    Map<Integer, MediaInfo> files = support.files(f);
    for (int slot = 1; slot <= DirectoryForm.SLOTS; slot++) {
      MediaInfo file = files.get(slot);
      String label =
          company
              ? msg("directory.field.file.company", slot)
              : msg("directory.field.file.group." + slot);
      rows.add(
          new Row(
              "upload" + slot,
              label,
              file == null
                  ? null
                  : msg("directory.field.file.summary", file.originalName(), file.sizeLabel()),
              true));
    }
    rows.add(row("features", "directory.field.features", labels(o.features(), f.getFeatures())));
    rows.add(privateRow("registrantName", "directory.field.registrantName", f.getRegistrantName()));
    rows.add(
        privateRow("registrantTitle", "directory.field.registrantTitle", f.getRegistrantTitle()));
    rows.add(
        privateRow("registrantPhone", "directory.field.registrantPhone", f.getRegistrantPhone()));
    rows.add(
        privateRow("registrantEmail", "directory.field.registrantEmail", f.getRegistrantEmail()));
    if (publicForm && !company) {
      rows.add(
          row(
              "requirements",
              "directory.field.requirements",
              labels(o.requirements(), f.getRequirements())));
    }
    return rows;
  }

  private Row row(String field, String key, String value) {
    return new Row(field, msg(key), blank(value), false);
  }

  private Row privateRow(String field, String key, String value) {
    return new Row(field, msg(key), blank(value), true);
  }

  private static String blank(String v) {
    return v == null || v.isBlank() ? null : v;
  }

  private static String label(List<Choice> choices, String code) {
    if (code == null || code.isBlank()) return null;
    return choices.stream()
        .filter(c -> c.code().equals(code))
        .map(Choice::label)
        .findFirst()
        .orElse(code);
  }

  private static String labels(List<Choice> choices, Collection<String> codes) {
    if (codes == null || codes.isEmpty()) return null;
    List<String> out = new ArrayList<>();
    for (Choice c : choices) if (codes.contains(c.code())) out.add(c.label());
    return String.join("\n", out);
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, Locale.JAPANESE);
  }
}
