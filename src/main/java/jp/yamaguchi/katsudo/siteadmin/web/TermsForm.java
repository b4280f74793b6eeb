package jp.yamaguchi.katsudo.siteadmin.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.yamaguchi.katsudo.core.terms.Terms;
import org.springframework.format.annotation.DateTimeFormat;

/** A new version of a terms text. */
public class TermsForm {

  @NotBlank(message = "{e.terms.title.required}")
  @Size(max = Terms.TITLE_MAX, message = "{e.terms.title.length}")
  private String title;

  @NotBlank(message = "{e.terms.body.required}")
  @Size(max = Terms.BODY_MAX, message = "{e.terms.body.length}")
  private String body;

  @NotNull(message = "{e.terms.effectiveOn.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate effectiveOn;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(LocalDate effectiveOn) {
    this.effectiveOn = effectiveOn;
  }
}
