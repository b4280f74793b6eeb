package jp.yamaguchi.katsudo.report.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The public posting form of an activity report: the report, who posts it, the agreement. */
public class ReportPostForm extends ReportForm {

  private static final long serialVersionUID = 1L;

  static final List<String> POST_FIELDS;

  static {
    List<String> f = new ArrayList<>(List.of("agreed"));
    f.addAll(ReportForm.FIELDS);
    f.addAll(List.of("submitterName", "submitterEmail"));
    POST_FIELDS = List.copyOf(f);
  }

  @AssertTrue(message = "{e.report.post.agreed}")
  private boolean agreed;

  @NotBlank(message = "{e.report.post.submitterName.required}")
  @Size(max = 100, message = "{e.report.post.submitterName.size}")
  private String submitterName;

  @NotBlank(message = "{e.report.post.submitterEmail.required}")
  @Email(message = "{e.report.post.submitterEmail.format}")
  @Size(max = 254, message = "{e.report.post.submitterEmail.format}")
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
