package jp.yamaguchi.katsudo.directory.web;

import org.springframework.beans.BeanUtils;

/**
 * The public change request (修正依頼): every field of the entry ({@link DirectoryForm}, filled with
 * the live values) and a note to the center. Kept in the session between the form, the confirmation
 * and sending.
 */
public class ChangeRequestForm extends DirectoryForm {

  private static final long serialVersionUID = 1L;

  private String note;

  /** A form with the values of {@code source} (e.g. {@code DirectoryForm.from(entry)}). */
  static ChangeRequestForm of(DirectoryForm source) {
    ChangeRequestForm f = new ChangeRequestForm();
    BeanUtils.copyProperties(source, f);
    return f;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
