package jp.yamaguchi.katsudo.siteadmin.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.yamaguchi.katsudo.core.redirect.LegacyRedirect;
import jp.yamaguchi.katsudo.core.redirect.LegacyRedirects;

/** An old URL path and where it now lives. Formats are checked by {@link LegacyRedirects}. */
public class RedirectForm {

  @NotBlank(message = "{e.redirect.oldPath.required}")
  @Size(max = LegacyRedirects.OLD_PATH_MAX, message = "{e.redirect.oldPath.length}")
  private String oldPath;

  @NotBlank(message = "{e.redirect.newUrl.required}")
  @Size(max = LegacyRedirects.NEW_URL_MAX, message = "{e.redirect.newUrl.length}")
  private String newUrl;

  @Size(max = LegacyRedirects.NOTE_MAX, message = "{e.redirect.note.length}")
  private String note;

  static RedirectForm of(LegacyRedirect r) {
    var f = new RedirectForm();
    f.oldPath = r.getOldPath();
    f.newUrl = r.getNewUrl();
    f.note = r.getNote();
    return f;
  }

  public String getOldPath() {
    return oldPath;
  }

  public void setOldPath(String oldPath) {
    this.oldPath = oldPath;
  }

  public String getNewUrl() {
    return newUrl;
  }

  public void setNewUrl(String newUrl) {
    this.newUrl = newUrl;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
