package jp.yamaguchi.katsudo.grant.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The public posting form of a grant: the grant's fields, who posts it (name and mail address,
 * confirmed by mail) and the agreement to the terms. Kept in the session between the form, the
 * confirmation page and 戻る.
 */
public class GrantPostForm extends GrantForm {

  private static final long serialVersionUID = 1L;

  static final List<String> POST_FIELDS;

  static {
    List<String> f = new ArrayList<>(List.of("agreed"));
    f.addAll(GrantForm.FIELDS);
    f.addAll(List.of("submitterName", "submitterEmail"));
    POST_FIELDS = List.copyOf(f);
  }

  @AssertTrue(message = "{e.grant.post.agreed}")
  private boolean agreed;

  @NotBlank(message = "{e.grant.post.submitterName.required}")
  @Size(max = 100, message = "{e.grant.post.submitterName.size}")
  private String submitterName;

  @NotBlank(message = "{e.grant.post.submitterEmail.required}")
  @Email(message = "{e.grant.contactEmail.format}")
  @Size(max = 254, message = "{e.grant.contactEmail.format}")
  private String submitterEmail;

  public boolean isAgreed() {
    return agreed;
  }

  public void setAgreed(boolean agreed) {
    this.agreed = agreed;
  }

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
    this.submitterEmail = halfWidth(submitterEmail);
  }
}
