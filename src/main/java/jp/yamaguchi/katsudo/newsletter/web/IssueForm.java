package jp.yamaguchi.katsudo.newsletter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.yamaguchi.katsudo.newsletter.domain.Issue;
import jp.yamaguchi.katsudo.newsletter.domain.IssueContent;
import org.springframework.format.annotation.DateTimeFormat;

/** The create/edit form of a back number; the rules are checked by the service. */
public class IssueForm {

  @NotBlank(message = "{e.newsletter.number.required}")
  private String issueNumber;

  @NotBlank(message = "{e.newsletter.title.required}")
  @Size(max = Issue.MAX_TITLE, message = "{e.newsletter.title.sizeMax}")
  private String title;

  @NotNull(message = "{e.newsletter.publishedOn.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate publishedOn;

  @NotBlank(message = "{e.newsletter.body.required}")
  @Size(max = Issue.MAX_BODY, message = "{e.newsletter.body.sizeMax}")
  private String body;

  private Long version;

  static IssueForm of(Issue i) {
    IssueForm f = new IssueForm();
    f.issueNumber = String.valueOf(i.getIssueNumber());
    f.title = i.getTitle();
    f.publishedOn = i.getPublishedOn();
    f.body = i.getBody();
    f.version = i.getVersion();
    return f;
  }

  /** The number typed, or null when it is not a whole number (full-width digits accepted). */
  Integer number() {
    if (issueNumber == null) return null;
    String n = java.text.Normalizer.normalize(issueNumber, java.text.Normalizer.Form.NFKC).strip();
    if (!n.matches("\\d{1,6}")) return null;
    return Integer.parseInt(n);
  }

  boolean numberTypedButWrong() {
    return issueNumber != null && !issueNumber.isBlank() && number() == null;
  }

  IssueContent content() {
    return new IssueContent(number(), title, body, publishedOn);
  }

  public String getIssueNumber() {
    return issueNumber;
  }

  public void setIssueNumber(String issueNumber) {
    this.issueNumber = issueNumber;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(LocalDate publishedOn) {
    this.publishedOn = publishedOn;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
