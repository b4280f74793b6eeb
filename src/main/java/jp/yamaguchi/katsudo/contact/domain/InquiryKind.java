package jp.yamaguchi.katsudo.contact.domain;

/** What an inquiry is about; the Japanese labels are {@code contact.kind.<NAME>}. */
public enum InquiryKind {
  SITE,
  REGISTRATION,
  POSTING,
  CENTER,
  CONSULTATION,
  VOLUNTEER,
  OTHER;

  public String messageKey() {
    return "contact.kind." + name();
  }
}
