package jp.yamaguchi.katsudo.account;

/** The kind of an organisation: 県民活動団体, NPO法人 or 企業. */
public enum OrganisationKind {
  GROUP,
  NPO,
  COMPANY;

  /** The message key of the Japanese label. */
  public String messageKey() {
    return "organisation.kind." + name();
  }
}
