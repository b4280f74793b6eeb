package jp.yamaguchi.katsudo.siteadmin.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.notice.EmergencyNotice;
import jp.yamaguchi.katsudo.core.notice.EmergencyNotices;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.format.annotation.DateTimeFormat;

/** An emergency notice as staff enter it; times are Japan time (datetime-local). */
public class NoticeForm {

  static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";

  @NotNull(message = "{e.notice.site.required}")
  private Site site;

  @NotBlank(message = "{e.notice.title.required}")
  @Size(max = EmergencyNotices.TITLE_MAX, message = "{e.notice.title.length}")
  private String title;

  @NotBlank(message = "{e.notice.body.required}")
  @Size(max = EmergencyNotices.BODY_MAX, message = "{e.notice.body.length}")
  private String body;

  @NotNull(message = "{e.notice.startsAt.required}")
  @DateTimeFormat(
      pattern = DATE_TIME,
      fallbackPatterns = {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm"})
  private LocalDateTime startsAt;

  @DateTimeFormat(
      pattern = DATE_TIME,
      fallbackPatterns = {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm"})
  private LocalDateTime endsAt;

  static NoticeForm of(EmergencyNotice n) {
    var f = new NoticeForm();
    f.site = n.getSite();
    f.title = n.getTitle();
    f.body = n.getBody();
    f.startsAt = local(n.getStartsAt());
    f.endsAt = local(n.getEndsAt());
    return f;
  }

  /**
   * Whether both times are given and the end does not come after the start: the service refuses
   * that; the form checks it too so that the error shows together with any other.
   */
  boolean endsNotAfterStart() {
    return startsAt != null && endsAt != null && !endsAt.isAfter(startsAt);
  }

  static LocalDateTime local(Instant instant) {
    return instant == null
        ? null
        : LocalDateTime.ofInstant(instant, ClockConfig.ZONE).withSecond(0).withNano(0);
  }

  static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(ClockConfig.ZONE).toInstant();
  }

  public Site getSite() {
    return site;
  }

  public void setSite(Site site) {
    this.site = site;
  }

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

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }
}
