package jp.yamaguchi.katsudo.directory.web;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.lists.ListKey;
import jp.yamaguchi.katsudo.core.lists.Lists;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of spec §5.1 for {@link DirectoryForm}, checked in the order of the form's fields (so
 * the error summary lists them in that order). Required fields depend on the kind (group/NPO or
 * company); list values must be choices of the staff-edited lists; 対象市町 is required exactly when
 * the chosen 対象エリア asks for municipalities. A public submission must also agree to the notice to
 * minors and tick every 登録要件 (group/NPO). Values are tidied (NFKC for postal codes, phone numbers
 * and addresses, trimmed) before checking, so what is shown and stored is the tidy value.
 */
@Component
public class DirectoryFormValidator {

  static final int SHORT = 100;
  static final int NAME = 200;
  static final int ADDRESS = 300;
  static final int LONG = 4000;
  static final int MEDIUM = 1000;
  static final int URL = 500;

  private static final Pattern HIRAGANA =
      Pattern.compile("[\\p{IsHiragana}\\x{30FC}\\x{30FB} \\x{3000}]+");
  private static final Pattern POSTAL = Pattern.compile("\\d{3}-?\\d{4}");
  private static final Pattern PHONE = Pattern.compile("[0-9()-]+");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s<>\"]+");

  /** 山口県 in the PREFECTURE list. */
  static final String YAMAGUCHI = "35";

  private final Lists lists;

  public DirectoryFormValidator(Lists lists) {
    this.lists = lists;
  }

  /** Choices of 団体の分類 / 企業の分類 for a kind (the NPO form offers NPO法人 only). */
  public List<Choice> classifications(OrganisationKind kind) {
    return switch (kind) {
      case COMPANY -> lists.choices(ListKey.COMPANY_CLASS);
      case NPO -> lists.choices(ListKey.GROUP_CLASS, "NPO");
      case GROUP -> lists.choices(ListKey.GROUP_CLASS, "SUPERNET");
    };
  }

  /**
   * Checks the form.
   *
   * @param publicSubmission true for the public registration and change request: the notice to
   *     minors and (group/NPO) every 登録要件 must be agreed to; staff edits skip those
   */
  public void validate(DirectoryForm f, Errors errors, boolean publicSubmission) {
    tidy(f);
    boolean company = f.isCompany();
    required(errors, "classification", f.getClassification());
    choice(errors, "classification", f.getClassification(), classifications(f.getKind()));
    text(errors, "name", f.getName(), true, NAME);
    text(errors, "nameKana", f.getNameKana(), true, NAME);
    if (present(f.getNameKana()) && !HIRAGANA.matcher(f.getNameKana()).matches()) {
      reject(errors, "nameKana", "hiragana");
    }
    text(errors, "representativeName", f.getRepresentativeName(), true, SHORT);
    if (publicSubmission && !f.isMinorsNoticeAgreed()) {
      reject(errors, "minorsNoticeAgreed", "required");
    }
    text(errors, "representativeTitle", f.getRepresentativeTitle(), false, SHORT);
    text(errors, "contactName", f.getContactName(), true, SHORT);
    text(errors, "contactTitle", f.getContactTitle(), false, SHORT);
    if (!company) {
      if (f.getActivityFields().isEmpty()) reject(errors, "activityFields", "required");
      choices(errors, "activityFields", f.getActivityFields(), supernet(ListKey.ACTIVITY_FIELD));
      required(errors, "targetArea", f.getTargetArea());
      List<Choice> areas = lists.choices(ListKey.TARGET_AREA);
      choice(errors, "targetArea", f.getTargetArea(), areas);
      boolean asksMunicipalities =
          areas.stream()
              .anyMatch(c -> c.code().equals(f.getTargetArea()) && c.has("MUNICIPALITIES"));
      if (asksMunicipalities) {
        if (f.getTargetMunicipalities().isEmpty()) {
          reject(errors, "targetMunicipalities", "required");
        }
        choices(
            errors,
            "targetMunicipalities",
            f.getTargetMunicipalities(),
            lists.choices(ListKey.MUNICIPALITY));
      } else if (present(f.getTargetArea())) {
        // municipalities belong only to 山口県内市町; ticks left from another choice are dropped
        f.setTargetMunicipalities(List.of());
      }
      text(errors, "purpose", f.getPurpose(), true, LONG);
    }
    text(errors, "activities", f.getActivities(), true, LONG);
    if (company) text(errors, "csrActivities", f.getCsrActivities(), true, LONG);
    text(errors, "collaboration", f.getCollaboration(), false, LONG);
    text(errors, "appeal", f.getAppeal(), false, LONG);
    if (!company) {
      text(errors, "mainOffice", f.getMainOffice(), false, NAME);
      text(errors, "branchOffice", f.getBranchOffice(), false, NAME);
    }
    if (present(f.getPostalCode()) && !POSTAL.matcher(f.getPostalCode()).matches()) {
      reject(errors, "postalCode", "format");
    }
    required(errors, "prefecture", f.getPrefecture());
    choice(errors, "prefecture", f.getPrefecture(), lists.choices(ListKey.PREFECTURE));
    required(errors, "municipality", f.getMunicipality());
    if (present(f.getMunicipality())
        && !DirectoryEntries.OUTSIDE_PREFECTURE.equals(f.getMunicipality())) {
      choice(errors, "municipality", f.getMunicipality(), lists.choices(ListKey.MUNICIPALITY));
    }
    if (present(f.getPrefecture())
        && present(f.getMunicipality())
        && !errors.hasFieldErrors("municipality")) {
      boolean outside = DirectoryEntries.OUTSIDE_PREFECTURE.equals(f.getMunicipality());
      if (YAMAGUCHI.equals(f.getPrefecture()) && outside) {
        reject(errors, "municipality", "inside");
      } else if (!YAMAGUCHI.equals(f.getPrefecture()) && !outside && !isNone(f.getPrefecture())) {
        reject(errors, "municipality", "outside");
      }
    }
    text(errors, "address", f.getAddress(), true, ADDRESS);
    phone(errors, "phone", f.getPhone(), false);
    phone(errors, "fax", f.getFax(), false);
    email(errors, "email", f.getEmail(), false);
    text(errors, "established", f.getEstablished(), false, SHORT);
    if (!company) {
      choice(errors, "budgetRange", f.getBudgetRange(), lists.choices(ListKey.BUDGET_RANGE));
    }
    text(errors, "memberCount", f.getMemberCount(), false, SHORT);
    if (!company) {
      text(errors, "membershipFee", f.getMembershipFee(), false, NAME);
      text(errors, "membershipQualification", f.getMembershipQualification(), false, MEDIUM);
      text(errors, "activitySchedule", f.getActivitySchedule(), false, MEDIUM);
    }
    url(errors, "url1", f.getUrl1(), f.getUrl1Description());
    url(errors, "url2", f.getUrl2(), f.getUrl2Description());
    url(errors, "url3", f.getUrl3(), f.getUrl3Description());
    choices(errors, "features", f.getFeatures(), lists.choices(ListKey.FEATURE));
    text(errors, "registrantName", f.getRegistrantName(), true, SHORT);
    text(errors, "registrantTitle", f.getRegistrantTitle(), false, SHORT);
    phone(errors, "registrantPhone", f.getRegistrantPhone(), true);
    email(errors, "registrantEmail", f.getRegistrantEmail(), true);
    if (!company && publicSubmission) {
      Set<String> ticked = Set.copyOf(f.getRequirements());
      List<Choice> all = requirements();
      if (!all.stream().allMatch(c -> ticked.contains(c.code()))) {
        reject(errors, "requirements", "all");
      }
    }
  }

  /** The 登録要件 a group or NPO must agree to (Supernet's). */
  public List<Choice> requirements() {
    return supernet(ListKey.REGISTRATION_REQUIREMENT);
  }

  private List<Choice> supernet(ListKey key) {
    List<Choice> flagged = lists.choices(key, "SUPERNET");
    return flagged.isEmpty() ? lists.choices(key) : flagged;
  }

  private boolean isNone(String prefecture) {
    return lists.choices(ListKey.PREFECTURE).stream()
        .anyMatch(c -> c.code().equals(prefecture) && c.has("NONE"));
  }

  /** Trims every text and normalises the number-like ones to half-width (NFKC). */
  static void tidy(DirectoryForm f) {
    f.setName(trim(f.getName()));
    f.setNameKana(trim(f.getNameKana()));
    f.setRepresentativeName(trim(f.getRepresentativeName()));
    f.setContactName(trim(f.getContactName()));
    f.setRegistrantName(trim(f.getRegistrantName()));
    f.setPostalCode(numberLike(f.getPostalCode()));
    f.setPhone(numberLike(f.getPhone()));
    f.setFax(numberLike(f.getFax()));
    f.setRegistrantPhone(numberLike(f.getRegistrantPhone()));
    f.setEmail(mail(f.getEmail()));
    f.setRegistrantEmail(mail(f.getRegistrantEmail()));
    f.setUrl1(trim(f.getUrl1()));
    f.setUrl2(trim(f.getUrl2()));
    f.setUrl3(trim(f.getUrl3()));
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }

  private static String mail(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
  }

  /** Full-width digits and dashes to half-width; spaces dropped. */
  private static String numberLike(String s) {
    if (s == null) return null;
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    n = n.replaceAll("[\\s]", "").replaceAll("[\\x{2010}-\\x{2015}\\x{2212}\\x{30FC}]", "-");
    return n;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static void reject(Errors errors, String field, String rule, Object... args) {
    if (errors.hasFieldErrors(field)) return;
    errors.rejectValue(field, "e.directory." + field + "." + rule, args, null);
  }

  private static void required(Errors errors, String field, String value) {
    if (!present(value)) reject(errors, field, "required");
  }

  private static void text(Errors errors, String field, String value, boolean required, int max) {
    if (required) required(errors, field, value);
    if (value != null && value.strip().length() > max) {
      if (!errors.hasFieldErrors(field)) {
        errors.rejectValue(field, "e.directory.tooLong", new Object[] {max}, null);
      }
    }
  }

  private static void choice(Errors errors, String field, String value, List<Choice> choices) {
    if (present(value) && choices.stream().noneMatch(c -> c.code().equals(value))) {
      if (!errors.hasFieldErrors(field)) {
        errors.rejectValue(field, "e.directory.choice", null, null);
      }
    }
  }

  private static void choices(
      Errors errors, String field, List<String> values, List<Choice> choices) {
    Set<String> codes = choices.stream().map(Choice::code).collect(Collectors.toSet());
    if (values.stream().anyMatch(v -> !codes.contains(v)) && !errors.hasFieldErrors(field)) {
      errors.rejectValue(field, "e.directory.choice", null, null);
    }
  }

  private static void phone(Errors errors, String field, String value, boolean required) {
    if (required) required(errors, field, value);
    if (!present(value) || errors.hasFieldErrors(field)) return;
    long digits = value.chars().filter(Character::isDigit).count();
    if (!PHONE.matcher(value).matches() || digits < 10 || digits > 11) {
      errors.rejectValue(field, "e.directory.phone.format", null, null);
    }
  }

  private static void email(Errors errors, String field, String value, boolean required) {
    if (required) required(errors, field, value);
    if (!present(value) || errors.hasFieldErrors(field)) return;
    if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
      errors.rejectValue(field, "e.directory.email.format", null, null);
    }
  }

  private static void url(Errors errors, String field, String url, String description) {
    if (present(url)) {
      if (url.length() > URL || !WEB_URL.matcher(url).matches()) {
        errors.rejectValue(field, "e.directory.url.format", null, null);
      }
    } else if (present(description)) {
      errors.rejectValue(field, "e.directory.url.required", null, null);
    }
    String d = field + "Description";
    if (description != null && description.strip().length() > NAME) {
      errors.rejectValue(d, "e.directory.tooLong", new Object[] {NAME}, null);
    }
  }
}
