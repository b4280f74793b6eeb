package jp.yamaguchi.katsudo.media.web;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** The upload form: the file, and the texts that describe it. */
public class MediaUploadForm {

  private MultipartFile file;

  @Size(max = 300, message = "{e.media.alt.tooLong}")
  private String alt;

  @Size(max = 200, message = "{e.media.title.tooLong}")
  private String title;

  public MultipartFile getFile() {
    return file;
  }

  public void setFile(MultipartFile file) {
    this.file = file;
  }

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
