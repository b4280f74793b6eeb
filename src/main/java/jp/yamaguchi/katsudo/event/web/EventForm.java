package jp.yamaguchi.katsudo.event.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.event.EventKind;
import jp.yamaguchi.katsudo.event.domain.EventContent;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The event form of staff (create/edit) and of the public posting (which adds the submitter and the
 * terms; see {@link EventPostForm}). Kept in the session between 確認 and 送信, hence serializable.
 */
public class EventForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull(message = "{e.event.kind.required}")
  private EventKind kind;

  @NotBlank(message = "{e.event.title.required}")
  @Size(max = EventItem.MAX_TITLE, message = "{e.event.title.size}")
  private String title;

  @NotBlank(message = "{e.event.organiser.required}")
  @Size(max = EventItem.MAX_ORGANISER, message = "{e.event.organiser.size}")
  private String organiser;

  private Long organisationId;

  @NotNull(message = "{e.event.startDate.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate startDate;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate endDate;

  @DateTimeFormat(pattern = "HH:mm")
  private LocalTime startTime;

  @DateTimeFormat(pattern = "HH:mm")
  private LocalTime endTime;

  @Size(max = EventItem.MAX_DATE_TEXT, message = "{e.event.dateText.size}")
  private String dateText;

  @Size(max = EventItem.MAX_VENUE, message = "{e.event.venue.size}")
  private String venue;

  @Size(max = EventItem.MAX_TEXT, message = "{e.event.purpose.size}")
  private String purpose;

  @NotBlank(message = "{e.event.body.required}")
  @Size(max = EventItem.MAX_TEXT, message = "{e.event.body.size}")
  private String body;

  private List<String> fields = new ArrayList<>();

  private String targetArea;

  private List<String> municipalities = new ArrayList<>();

  @Size(max = EventItem.MAX_SHORT, message = "{e.event.fee.size}")
  private String fee;

  @Size(max = EventItem.MAX_SHORT, message = "{e.event.audience.size}")
  private String audience;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate applyFrom;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate applyTo;

  @Size(max = EventItem.MAX_TEXT, message = "{e.event.applyMethod.size}")
  private String applyMethod;

  @Size(max = EventItem.MAX_TEXT, message = "{e.event.contact.size}")
  private String contact;

  @Size(max = EventItem.MAX_TEXT, message = "{e.event.cosponsors.size}")
  private String cosponsors;

  @Size(max = EventItem.MAX_URL, message = "{e.event.url.size}")
  private String url;

  /** Files already stored (kept across 確認 ↔ 戻る and edits). */
  private List<Long> attachmentIds = new ArrayList<>();

  /** Files uploaded with this request (stored at once, then only their ids are kept). */
  private transient List<org.springframework.web.multipart.MultipartFile> files;

  /** The version the form was made from (edit only). */
  private Long version;

  static <F extends EventForm> F fill(F f, EventItem item) {
    EventContent c = item.content();
    f.setKind(c.kind());
    f.setTitle(c.title());
    f.setOrganiser(c.organiser());
    f.setOrganisationId(c.organisationId());
    f.setStartDate(c.startDate());
    f.setEndDate(c.endDate());
    f.setStartTime(c.startTime());
    f.setEndTime(c.endTime());
    f.setDateText(c.dateText());
    f.setVenue(c.venue());
    f.setPurpose(c.purpose());
    f.setBody(c.body());
    f.setFields(new ArrayList<>(c.fields()));
    f.setTargetArea(c.targetArea());
    f.setMunicipalities(new ArrayList<>(c.municipalities()));
    f.setFee(c.fee());
    f.setAudience(c.audience());
    f.setApplyFrom(c.applyFrom());
    f.setApplyTo(c.applyTo());
    f.setApplyMethod(c.applyMethod());
    f.setContact(c.contact());
    f.setCosponsors(c.cosponsors());
    f.setUrl(c.url());
    f.setAttachmentIds(new ArrayList<>(c.attachmentIds()));
    f.setVersion(item.getVersion());
    return f;
  }

  EventContent content() {
    return new EventContent(
        kind,
        title,
        organiser,
        organisationId,
        startDate,
        endDate,
        startTime,
        endTime,
        dateText,
        venue,
        purpose,
        body,
        fields == null ? List.of() : List.copyOf(fields),
        targetArea,
        municipalities == null ? List.of() : List.copyOf(municipalities),
        fee,
        audience,
        applyFrom,
        applyTo,
        applyMethod,
        contact,
        cosponsors,
        url,
        attachmentIds == null ? List.of() : List.copyOf(attachmentIds));
  }

  /** The form's fields in page order, for the error summary. */
  static final List<String> FIELDS =
      List.of(
          "kind",
          "title",
          "organiser",
          "organisationId",
          "startDate",
          "startTime",
          "endDate",
          "endTime",
          "dateText",
          "venue",
          "purpose",
          "body",
          "fields",
          "targetArea",
          "municipalities",
          "fee",
          "audience",
          "applyFrom",
          "applyTo",
          "applyMethod",
          "contact",
          "cosponsors",
          "url",
          "files",
          "attachmentIds",
          "submitterName",
          "submitterEmail",
          "agreed");

  public EventKind getKind() {
    return kind;
  }

  public void setKind(EventKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getOrganiser() {
    return organiser;
  }

  public void setOrganiser(String organiser) {
    this.organiser = organiser;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public void setEndTime(LocalTime endTime) {
    this.endTime = endTime;
  }

  public String getDateText() {
    return dateText;
  }

  public void setDateText(String dateText) {
    this.dateText = dateText;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<String> getFields() {
    return fields;
  }

  public void setFields(List<String> fields) {
    this.fields = fields;
  }

  public String getTargetArea() {
    return targetArea;
  }

  public void setTargetArea(String targetArea) {
    this.targetArea = targetArea;
  }

  public List<String> getMunicipalities() {
    return municipalities;
  }

  public void setMunicipalities(List<String> municipalities) {
    this.municipalities = municipalities;
  }

  public String getFee() {
    return fee;
  }

  public void setFee(String fee) {
    this.fee = fee;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public LocalDate getApplyFrom() {
    return applyFrom;
  }

  public void setApplyFrom(LocalDate applyFrom) {
    this.applyFrom = applyFrom;
  }

  public LocalDate getApplyTo() {
    return applyTo;
  }

  public void setApplyTo(LocalDate applyTo) {
    this.applyTo = applyTo;
  }

  public String getApplyMethod() {
    return applyMethod;
  }

  public void setApplyMethod(String applyMethod) {
    this.applyMethod = applyMethod;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getCosponsors() {
    return cosponsors;
  }

  public void setCosponsors(String cosponsors) {
    this.cosponsors = cosponsors;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<Long> getAttachmentIds() {
    return attachmentIds;
  }

  public void setAttachmentIds(List<Long> attachmentIds) {
    this.attachmentIds = attachmentIds;
  }

  public List<org.springframework.web.multipart.MultipartFile> getFiles() {
    return files;
  }

  public void setFiles(List<org.springframework.web.multipart.MultipartFile> files) {
    this.files = files;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
