package jp.yamaguchi.katsudo.grant.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import jp.yamaguchi.katsudo.grant.domain.GrantContent;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The fields of a grant as staff and the public enter them. Serializable, since the public posting
 * keeps it in the session between the form, the confirmation page and 戻る. Codes typed in full-width
 * (digits, hyphens, @) are turned half-width (NFKC) before they are checked.
 */
public class GrantForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's fields in page order, for the error summary. */
  static final List<String> FIELDS =
      List.of(
          "organizer",
          "title",
          "fields",
          "area",
          "purpose",
          "amountText",
          "amountMax",
          "targetProjects",
          "eligibility",
          "periodFrom",
          "periodTo",
          "applicationMethod",
          "contactName",
          "contactPostalCode",
          "contactAddress",
          "contactPhone",
          "contactFax",
          "contactEmail",
          "url",
          "upload",
          "uploadTitle");

  @NotBlank(message = "{e.grant.organizer.required}")
  @Size(max = 200, message = "{e.grant.organizer.size}")
  private String organizer;

  @NotBlank(message = "{e.grant.title.required}")
  @Size(max = Grant.MAX_TITLE, message = "{e.grant.title.size}")
  private String title;

  private List<String> fields = new ArrayList<>();

  private String area;

  @Size(max = Grant.MAX_TEXT, message = "{e.grant.text.size}")
  private String purpose;

  @Size(max = 500, message = "{e.grant.amountText.size}")
  private String amountText;

  @PositiveOrZero(message = "{e.grant.amountMax.negative}")
  @Max(value = 1_000_000_000_000L, message = "{e.grant.amountMax.max}")
  private Long amountMax;

  @Size(max = Grant.MAX_TEXT, message = "{e.grant.text.size}")
  private String targetProjects;

  @Size(max = Grant.MAX_TEXT, message = "{e.grant.text.size}")
  private String eligibility;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate periodFrom;

  @NotNull(message = "{e.grant.periodTo.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate periodTo;

  @Size(max = Grant.MAX_TEXT, message = "{e.grant.text.size}")
  private String applicationMethod;

  @Size(max = 200, message = "{e.grant.contactName.size}")
  private String contactName;

  @Pattern(regexp = "^(\\d{3}-?\\d{4})?$", message = "{e.grant.contactPostalCode.format}")
  private String contactPostalCode;

  @Size(max = 300, message = "{e.grant.contactAddress.size}")
  private String contactAddress;

  @Pattern(regexp = "^([0-9][0-9()\\- ]{8,18}[0-9])?$", message = "{e.grant.contactPhone.format}")
  private String contactPhone;

  @Pattern(regexp = "^([0-9][0-9()\\- ]{8,18}[0-9])?$", message = "{e.grant.contactFax.format}")
  private String contactFax;

  @Email(message = "{e.grant.contactEmail.format}")
  @Size(max = 254, message = "{e.grant.contactEmail.format}")
  private String contactEmail;

  @Pattern(regexp = "^(https?://[^\\s]+)?$", message = "{e.grant.url.format}")
  @Size(max = 500, message = "{e.grant.url.size}")
  private String url;

  /** The media ids of the attachments kept so far (uploaded at an earlier step). */
  private List<Long> attachmentIds = new ArrayList<>();

  /** The version the form was made from (edit only). */
  private Long version;

  private transient MultipartFile upload;

  @Size(max = 200, message = "{e.grant.uploadTitle.size}")
  private String uploadTitle;

  /** Attachments ticked to be removed in this request. */
  private List<Long> removeAttachments = new ArrayList<>();

  static GrantForm of(Grant g) {
    GrantForm f = new GrantForm();
    f.fill(g.content());
    f.version = g.getVersion();
    return f;
  }

  void fill(GrantContent c) {
    organizer = c.organizer();
    title = c.title();
    fields = new ArrayList<>(c.fields());
    area = c.area();
    purpose = c.purpose();
    amountText = c.amountText();
    amountMax = c.amountMax();
    targetProjects = c.targetProjects();
    eligibility = c.eligibility();
    periodFrom = c.periodFrom();
    periodTo = c.periodTo();
    applicationMethod = c.applicationMethod();
    contactName = c.contactName();
    contactPostalCode = c.contactPostalCode();
    contactAddress = c.contactAddress();
    contactPhone = c.contactPhone();
    contactFax = c.contactFax();
    contactEmail = c.contactEmail();
    url = c.url();
    attachmentIds = new ArrayList<>(c.attachmentIds());
  }

  GrantContent content() {
    return new GrantContent(
        organizer,
        title,
        fields == null ? List.of() : List.copyOf(fields),
        area,
        purpose,
        amountText,
        amountMax,
        targetProjects,
        eligibility,
        periodFrom,
        periodTo,
        applicationMethod,
        contactName,
        contactPostalCode,
        contactAddress,
        contactPhone,
        contactFax,
        contactEmail,
        url,
        attachmentIds == null ? List.of() : List.copyOf(attachmentIds));
  }

  static String halfWidth(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
  }

  public String getOrganizer() {
    return organizer;
  }

  public void setOrganizer(String organizer) {
    this.organizer = organizer;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<String> getFields() {
    return fields;
  }

  public void setFields(List<String> fields) {
    this.fields = fields == null ? new ArrayList<>() : new ArrayList<>(fields);
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getAmountText() {
    return amountText;
  }

  public void setAmountText(String amountText) {
    this.amountText = amountText;
  }

  public Long getAmountMax() {
    return amountMax;
  }

  public void setAmountMax(Long amountMax) {
    this.amountMax = amountMax;
  }

  public String getTargetProjects() {
    return targetProjects;
  }

  public void setTargetProjects(String targetProjects) {
    this.targetProjects = targetProjects;
  }

  public String getEligibility() {
    return eligibility;
  }

  public void setEligibility(String eligibility) {
    this.eligibility = eligibility;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(LocalDate periodFrom) {
    this.periodFrom = periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(LocalDate periodTo) {
    this.periodTo = periodTo;
  }

  public String getApplicationMethod() {
    return applicationMethod;
  }

  public void setApplicationMethod(String applicationMethod) {
    this.applicationMethod = applicationMethod;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPostalCode() {
    return contactPostalCode;
  }

  public void setContactPostalCode(String contactPostalCode) {
    this.contactPostalCode = halfWidth(contactPostalCode);
  }

  public String getContactAddress() {
    return contactAddress;
  }

  public void setContactAddress(String contactAddress) {
    this.contactAddress = contactAddress;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = halfWidth(contactPhone);
  }

  public String getContactFax() {
    return contactFax;
  }

  public void setContactFax(String contactFax) {
    this.contactFax = halfWidth(contactFax);
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = halfWidth(contactEmail);
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url == null ? null : url.strip();
  }

  public List<Long> getAttachmentIds() {
    return attachmentIds;
  }

  public void setAttachmentIds(List<Long> attachmentIds) {
    this.attachmentIds = attachmentIds == null ? new ArrayList<>() : new ArrayList<>(attachmentIds);
  }

  /** A file chosen in this request; transient, so never kept in the session. */
  public MultipartFile getUpload() {
    return upload;
  }

  public void setUpload(MultipartFile upload) {
    this.upload = upload;
  }

  public String getUploadTitle() {
    return uploadTitle;
  }

  public void setUploadTitle(String uploadTitle) {
    this.uploadTitle = uploadTitle;
  }

  public List<Long> getRemoveAttachments() {
    return removeAttachments;
  }

  public void setRemoveAttachments(List<Long> removeAttachments) {
    this.removeAttachments = removeAttachments == null ? new ArrayList<>() : removeAttachments;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
