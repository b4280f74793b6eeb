package jp.yamaguchi.katsudo.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.yamaguchi.katsudo.report.domain.ActivityReport;
import jp.yamaguchi.katsudo.report.domain.ReportContent;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The fields of an activity report as staff and the public enter them; serializable for the public
 * posting's session. A photo is added with its alternative text (required: refused without).
 */
public class ReportForm implements Serializable {

  private static final long serialVersionUID = 1L;

  static final List<String> FIELDS =
      List.of(
          "title",
          "body",
          "orgName",
          "orgNameKana",
          "heldOn",
          "heldTime",
          "place",
          "participants",
          "relatedGroups",
          "relatedOrgIds",
          "url",
          "photo",
          "photoAlt");

  @NotBlank(message = "{e.report.title.required}")
  @Size(max = ActivityReport.MAX_TITLE, message = "{e.report.title.size}")
  private String title;

  @NotBlank(message = "{e.report.body.required}")
  @Size(max = ActivityReport.MAX_BODY, message = "{e.report.body.size}")
  private String body;

  @NotBlank(message = "{e.report.orgName.required}")
  @Size(max = 200, message = "{e.report.orgName.size}")
  private String orgName;

  @Size(max = 200, message = "{e.report.orgNameKana.size}")
  @Pattern(
      regexp = "^[\\p{IsHiragana}\\u30FC\\s\\u3000]*$",
      message = "{e.report.orgNameKana.format}")
  private String orgNameKana;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate heldOn;

  @Size(max = 100, message = "{e.report.heldTime.size}")
  private String heldTime;

  @Size(max = 200, message = "{e.report.place.size}")
  private String place;

  @Size(max = 100, message = "{e.report.participants.size}")
  private String participants;

  @Size(max = 2000, message = "{e.report.relatedGroups.size}")
  private String relatedGroups;

  /** Organisation ids for directory links, comma separated (staff only). */
  @Pattern(regexp = "^[0-9,\\s]*$", message = "{e.report.relatedOrgIds.format}")
  private String relatedOrgIds;

  @Pattern(regexp = "^(https?://[^\\s]+)?$", message = "{e.report.url.format}")
  @Size(max = 500, message = "{e.report.url.size}")
  private String url;

  private List<Long> photoIds = new ArrayList<>();

  private Long version;

  private transient MultipartFile photo;

  @Size(max = 300, message = "{e.report.photoAlt.size}")
  private String photoAlt;

  private List<Long> removePhotos = new ArrayList<>();

  static ReportForm of(ActivityReport r) {
    ReportForm f = new ReportForm();
    f.fill(r.content());
    f.version = r.getVersion();
    return f;
  }

  void fill(ReportContent c) {
    title = c.title();
    body = c.body();
    orgName = c.orgName();
    orgNameKana = c.orgNameKana();
    heldOn = c.heldOn();
    heldTime = c.heldTime();
    place = c.place();
    participants = c.participants();
    relatedGroups = c.relatedGroups();
    relatedOrgIds = String.join(", ", c.relatedOrgIds().stream().map(String::valueOf).toList());
    url = c.url();
    photoIds = new ArrayList<>(c.photoIds());
  }

  ReportContent content() {
    return new ReportContent(
        title,
        body,
        orgName,
        orgNameKana,
        heldOn,
        heldTime,
        place,
        participants,
        relatedGroups,
        orgIds(),
        url,
        photoIds == null ? List.of() : List.copyOf(photoIds));
  }

  List<Long> orgIds() {
    if (relatedOrgIds == null || relatedOrgIds.isBlank()) return List.of();
    return Arrays.stream(relatedOrgIds.split("[,\\s]+"))
        .filter(s -> !s.isBlank())
        .filter(s -> s.length() <= 18)
        .map(Long::valueOf)
        .distinct()
        .toList();
  }

  static String halfWidth(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
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

  public String getOrgName() {
    return orgName;
  }

  public void setOrgName(String orgName) {
    this.orgName = orgName;
  }

  public String getOrgNameKana() {
    return orgNameKana;
  }

  public void setOrgNameKana(String orgNameKana) {
    this.orgNameKana = orgNameKana == null ? null : orgNameKana.strip();
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getHeldTime() {
    return heldTime;
  }

  public void setHeldTime(String heldTime) {
    this.heldTime = heldTime;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getParticipants() {
    return participants;
  }

  public void setParticipants(String participants) {
    this.participants = participants;
  }

  public String getRelatedGroups() {
    return relatedGroups;
  }

  public void setRelatedGroups(String relatedGroups) {
    this.relatedGroups = relatedGroups;
  }

  public String getRelatedOrgIds() {
    return relatedOrgIds;
  }

  public void setRelatedOrgIds(String relatedOrgIds) {
    this.relatedOrgIds = halfWidth(relatedOrgIds);
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url == null ? null : url.strip();
  }

  public List<Long> getPhotoIds() {
    return photoIds;
  }

  public void setPhotoIds(List<Long> photoIds) {
    this.photoIds = photoIds == null ? new ArrayList<>() : new ArrayList<>(photoIds);
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public MultipartFile getPhoto() {
    return photo;
  }

  public void setPhoto(MultipartFile photo) {
    this.photo = photo;
  }

  public String getPhotoAlt() {
    return photoAlt;
  }

  public void setPhotoAlt(String photoAlt) {
    this.photoAlt = photoAlt;
  }

  public List<Long> getRemovePhotos() {
    return removePhotos;
  }

  public void setRemovePhotos(List<Long> removePhotos) {
    this.removePhotos = removePhotos == null ? new ArrayList<>() : removePhotos;
  }
}
