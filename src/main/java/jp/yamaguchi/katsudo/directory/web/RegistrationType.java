package jp.yamaguchi.katsudo.directory.web;

import java.util.Optional;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.account.OrganisationKind;

/** The three 掲載登録 routes: NPO法人, 県民活動団体 (other non-profits) and 企業. */
public enum RegistrationType {
  NPO("npo", OrganisationKind.NPO),
  GROUP("group", OrganisationKind.GROUP),
  COMPANY("company", OrganisationKind.COMPANY);

  private final String slug;
  private final OrganisationKind kind;

  RegistrationType(String slug, OrganisationKind kind) {
    this.slug = slug;
    this.kind = kind;
  }

  public String slug() {
    return slug;
  }

  public OrganisationKind kind() {
    return kind;
  }

  public String path() {
    return RegistrationController.BASE + "/" + slug;
  }

  public String messageKey() {
    return "directory.register.type." + name();
  }

  static Optional<RegistrationType> of(String slug) {
    return Stream.of(values()).filter(t -> t.slug.equals(slug)).findFirst();
  }

  static RegistrationType of(OrganisationKind kind) {
    return Stream.of(values()).filter(t -> t.kind == kind).findFirst().orElseThrow();
  }
}
