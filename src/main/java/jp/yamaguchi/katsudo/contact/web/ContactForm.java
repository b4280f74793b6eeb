package jp.yamaguchi.katsudo.contact.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import jp.yamaguchi.katsudo.contact.domain.InquiryKind;

/**
 * The contact form. The name is one line; the address a plain mail address (no line breaks, no
 * display name: nothing a mail header could be built from); the phone number digits, hyphens and
 * parentheses (full-width accepted).
 */
public class ContactForm {

  static final int MAX_NAME = 100;
  static final int MAX_EMAIL = 254;
  static final int MAX_MESSAGE = 4000;

  @NotNull(message = "{e.contact.kind.required}")
  private InquiryKind kind;

  @NotBlank(message = "{e.contact.name.required}")
  @Size(max = MAX_NAME, message = "{e.contact.name.size}")
  @Pattern(regexp = "[^\\p{Cntrl}\\u2028\\u2029]*", message = "{e.contact.name.format}")
  private String name;

  @NotBlank(message = "{e.contact.email.required}")
  @Size(max = MAX_EMAIL, message = "{e.contact.email.size}")
  // possessive (*+, ++): linear on any input, and no recursion per domain label (a long run of
  // ".a" overflowed the stack); see docs/security.md 「入力に使う正規表現」
  @Pattern(
      regexp = "\\s*+[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]++@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)++\\s*+",
      message = "{e.contact.email.format}")
  private String email;

  // the leading blanks are possessive: the former \s* gave them back one by one to the number
  // (whose characters include the space), which took quadratic time on a long run of spaces
  @Pattern(
      regexp = "\\s*+([0-9０-９()（）+＋\\-－ー‐ ]{10,20})?\\s*+",
      message = "{e.contact.phone.format}")
  private String phone;

  @NotBlank(message = "{e.contact.message.required}")
  @Size(max = MAX_MESSAGE, message = "{e.contact.message.size}")
  private String message;

  @AssertTrue(message = "{e.contact.agreed.required}")
  private boolean agreed;

  String cleanName() {
    return name == null ? null : name.strip();
  }

  String cleanEmail() {
    return email == null ? null : email.strip();
  }

  /** The phone number in half-width characters, or null. */
  String cleanPhone() {
    if (phone == null || phone.isBlank()) return null;
    return Normalizer.normalize(phone, Normalizer.Form.NFKC)
        .replace('ー', '-')
        .replace('‐', '-')
        .strip();
  }

  String cleanMessage() {
    return message == null ? null : message.replace("\r\n", "\n").strip();
  }

  public InquiryKind getKind() {
    return kind;
  }

  public void setKind(InquiryKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public boolean isAgreed() {
    return agreed;
  }

  public void setAgreed(boolean agreed) {
    this.agreed = agreed;
  }
}
