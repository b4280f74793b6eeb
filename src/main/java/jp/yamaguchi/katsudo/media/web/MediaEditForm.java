package jp.yamaguchi.katsudo.media.web;

import jakarta.validation.constraints.Size;

/** The description of a stored file: alternative text (images) and title. */
public class MediaEditForm {

  @Size(max = 300, message = "{e.media.alt.tooLong}")
  private String alt;

  @Size(max = 200, message = "{e.media.title.tooLong}")
  private String title;

  public String getAlt() {
    return alt;
  }

  public void setAlt(String alt) {
    this.alt = alt;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
