package jp.yamaguchi.katsudo.event.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The public posting form: the event, who sends it (the address is confirmed by mail and receives
 * the review mails) and the agreement to the terms.
 */
public class EventPostForm extends EventForm {

  private static final long serialVersionUID = 1L;

  static final int MAX_NAME = 100;
  static final int MAX_EMAIL = 254;

  @NotBlank(message = "{e.event.submitterName.required}")
  @Size(max = MAX_NAME, message = "{e.event.submitterName.size}")
  private String submitterName;

  @NotBlank(message = "{e.event.submitterEmail.required}")
  @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{e.event.submitterEmail.format}")
  @Size(max = MAX_EMAIL, message = "{e.event.submitterEmail.size}")
  private String submitterEmail;

  @AssertTrue(message = "{e.event.agreed.required}")
  private boolean agreed;

  public String getSubmitterName() {
    return submitterName;
  }

  public void setSubmitterName(String submitterName) {
    this.submitterName = submitterName;
  }

  public String getSubmitterEmail() {
    return submitterEmail;
  }

  public void setSubmitterEmail(String submitterEmail) {
    this.submitterEmail = submitterEmail;
  }

  public boolean isAgreed() {
    return agreed;
  }

  public void setAgreed(boolean agreed) {
    this.agreed = agreed;
  }
}
