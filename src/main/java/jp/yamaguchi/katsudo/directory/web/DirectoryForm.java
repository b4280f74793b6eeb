package jp.yamaguchi.katsudo.directory.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;
import jp.yamaguchi.katsudo.directory.domain.DirectoryContent;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import org.springframework.web.multipart.MultipartFile;

/**
 * The form of a directory entry (spec §5.1), shared by the public registration, the staff edit and
 * the change request: {@link #from} fills it from an entry, {@link #toContent} gives the values to
 * {@code DirectoryEntries}, {@link DirectoryFormValidator} checks it and {@code
 * templates/directory/form-fields.html} renders its fields.
 *
 * <p>It is kept in the session between the form, the confirmation page and sending
 * ({@code @SessionAttributes}), so it is serializable; uploads ({@code upload1..3}) are transient:
 * the controller stores them through the media library at the POST that brought them and keeps only
 * the media ids ({@code file1MediaId..}), so 戻る keeps the files too.
 */
public class DirectoryForm implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The number of URLs and of reference files. */
  public static final int SLOTS = 3;

  private OrganisationKind kind = OrganisationKind.GROUP;
  private DirectoryStatus status = DirectoryStatus.ACTIVE;

  private String classification;

  private String name;

  private String nameKana;

  private String representativeName;

  private String representativeTitle;

  private String contactName;

  private String contactTitle;

  private String targetArea;

  private String purpose;

  private String activities;

  private String csrActivities;

  private String collaboration;

  private String appeal;

  private String mainOffice;

  private String branchOffice;

  private String postalCode;

  private String prefecture;

  private String municipality;

  private String address;

  private String phone;

  private String fax;

  private String email;

  private String established;

  private String budgetRange;

  private String memberCount;

  private String membershipFee;

  private String membershipQualification;

  private String activitySchedule;

  private String url1;

  private String url1Description;

  private String url2;

  private String url2Description;

  private String url3;

  private String url3Description;

  private String registrantName;

  private String registrantTitle;

  private String registrantPhone;

  private String registrantEmail;

  private List<String> activityFields = new ArrayList<>();

  private List<String> targetMunicipalities = new ArrayList<>();

  private List<String> features = new ArrayList<>();

  private List<String> requirements = new ArrayList<>();

  private boolean minorsNoticeAgreed;
  private Long file1MediaId;
  private Long file2MediaId;
  private Long file3MediaId;
  private boolean removeFile1;
  private boolean removeFile2;
  private boolean removeFile3;
  private transient MultipartFile upload1;
  private transient MultipartFile upload2;
  private transient MultipartFile upload3;

  /** The version of the entry the form was made from (edits only). */
  private Long version;

  /** An empty form of a kind (a new registration). */
  public static DirectoryForm of(OrganisationKind kind) {
    DirectoryForm f = new DirectoryForm();
    f.kind = kind;
    return f;
  }

  /** A form filled with the entry's current values (staff edit, change request). */
  public static DirectoryForm from(DirectoryEntry entry) {
    DirectoryForm f = from(entry.content());
    f.version = entry.getVersion();
    return f;
  }

  /** A form filled with these values. */
  public static DirectoryForm from(DirectoryContent c) {
    DirectoryForm f = new DirectoryForm();
    f.kind = c.kind();
    f.status = c.status();

    f.classification = c.classification();
    f.name = c.name();
    f.nameKana = c.nameKana();
    f.representativeName = c.representativeName();
    f.representativeTitle = c.representativeTitle();
    f.contactName = c.contactName();
    f.contactTitle = c.contactTitle();
    f.targetArea = c.targetArea();
    f.purpose = c.purpose();
    f.activities = c.activities();
    f.csrActivities = c.csrActivities();
    f.collaboration = c.collaboration();
    f.appeal = c.appeal();
    f.mainOffice = c.mainOffice();
    f.branchOffice = c.branchOffice();
    f.postalCode = c.postalCode();
    f.prefecture = c.prefecture();
    f.municipality = c.municipality();
    f.address = c.address();
    f.phone = c.phone();
    f.fax = c.fax();
    f.email = c.email();
    f.established = c.established();
    f.budgetRange = c.budgetRange();
    f.memberCount = c.memberCount();
    f.membershipFee = c.membershipFee();
    f.membershipQualification = c.membershipQualification();
    f.activitySchedule = c.activitySchedule();
    f.url1 = c.url1();
    f.url1Description = c.url1Description();
    f.url2 = c.url2();
    f.url2Description = c.url2Description();
    f.url3 = c.url3();
    f.url3Description = c.url3Description();
    f.registrantName = c.registrantName();
    f.registrantTitle = c.registrantTitle();
    f.registrantPhone = c.registrantPhone();
    f.registrantEmail = c.registrantEmail();
    f.activityFields = new ArrayList<>(c.activityFields());
    f.targetMunicipalities = new ArrayList<>(c.targetMunicipalities());
    f.features = new ArrayList<>(c.features());
    f.requirements = new ArrayList<>(c.requirements());
    f.minorsNoticeAgreed = c.minorsNoticeAgreed();
    f.file1MediaId = c.file1MediaId();
    f.file2MediaId = c.file2MediaId();
    f.file3MediaId = c.file3MediaId();
    return f;
  }

  /**
   * The values for the entry. Fields that do not apply to the kind are dropped (a company has no
   * 活動分野; 対象市町 only with an area that asks for them is the validator's business).
   */
  public DirectoryContent toContent() {
    boolean company = isCompany();
    return new DirectoryContent(
        kind,
        status,
        classification,
        name,
        nameKana,
        representativeName,
        representativeTitle,
        contactName,
        contactTitle,
        company ? null : set(activityFields),
        company ? null : targetArea,
        company ? null : set(targetMunicipalities),
        company ? null : purpose,
        activities,
        company ? csrActivities : null,
        collaboration,
        appeal,
        company ? null : mainOffice,
        company ? null : branchOffice,
        postalCode,
        prefecture,
        municipality,
        address,
        phone,
        fax,
        email,
        established,
        company ? null : budgetRange,
        memberCount,
        company ? null : membershipFee,
        company ? null : membershipQualification,
        company ? null : activitySchedule,
        url1,
        url1Description,
        url2,
        url2Description,
        url3,
        url3Description,
        file1MediaId,
        file2MediaId,
        file3MediaId,
        set(features),
        company ? null : set(requirements),
        registrantName,
        registrantTitle,
        registrantPhone,
        registrantEmail,
        minorsNoticeAgreed);
  }

  private static LinkedHashSet<String> set(List<String> values) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    if (values != null) for (String v : values) if (v != null && !v.isBlank()) out.add(v);
    return out;
  }

  public boolean isCompany() {
    return kind == OrganisationKind.COMPANY;
  }

  /** The media id of reference file slot 1..3. */
  public Long fileMediaId(int slot) {
    return switch (slot) {
      case 1 -> file1MediaId;
      case 2 -> file2MediaId;
      case 3 -> file3MediaId;
      default -> throw new IllegalArgumentException("slot " + slot);
    };
  }

  public void setFileMediaId(int slot, Long id) {
    switch (slot) {
      case 1 -> file1MediaId = id;
      case 2 -> file2MediaId = id;
      case 3 -> file3MediaId = id;
      default -> throw new IllegalArgumentException("slot " + slot);
    }
  }

  public MultipartFile upload(int slot) {
    return switch (slot) {
      case 1 -> upload1;
      case 2 -> upload2;
      case 3 -> upload3;
      default -> throw new IllegalArgumentException("slot " + slot);
    };
  }

  public boolean removeFile(int slot) {
    return switch (slot) {
      case 1 -> removeFile1;
      case 2 -> removeFile2;
      case 3 -> removeFile3;
      default -> throw new IllegalArgumentException("slot " + slot);
    };
  }

  /** Forgets the uploads and the remove ticks once the controller handled them. */
  public void clearFileRequests() {
    upload1 = null;
    upload2 = null;
    upload3 = null;
    removeFile1 = false;
    removeFile2 = false;
    removeFile3 = false;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public DirectoryStatus getStatus() {
    return status;
  }

  public void setStatus(DirectoryStatus status) {
    this.status = status;
  }

  public String getClassification() {
    return classification;
  }

  public void setClassification(String classification) {
    this.classification = classification;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameKana() {
    return nameKana;
  }

  public void setNameKana(String nameKana) {
    this.nameKana = nameKana;
  }

  public String getRepresentativeName() {
    return representativeName;
  }

  public void setRepresentativeName(String representativeName) {
    this.representativeName = representativeName;
  }

  public String getRepresentativeTitle() {
    return representativeTitle;
  }

  public void setRepresentativeTitle(String representativeTitle) {
    this.representativeTitle = representativeTitle;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactTitle() {
    return contactTitle;
  }

  public void setContactTitle(String contactTitle) {
    this.contactTitle = contactTitle;
  }

  public String getTargetArea() {
    return targetArea;
  }

  public void setTargetArea(String targetArea) {
    this.targetArea = targetArea;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getActivities() {
    return activities;
  }

  public void setActivities(String activities) {
    this.activities = activities;
  }

  public String getCsrActivities() {
    return csrActivities;
  }

  public void setCsrActivities(String csrActivities) {
    this.csrActivities = csrActivities;
  }

  public String getCollaboration() {
    return collaboration;
  }

  public void setCollaboration(String collaboration) {
    this.collaboration = collaboration;
  }

  public String getAppeal() {
    return appeal;
  }

  public void setAppeal(String appeal) {
    this.appeal = appeal;
  }

  public String getMainOffice() {
    return mainOffice;
  }

  public void setMainOffice(String mainOffice) {
    this.mainOffice = mainOffice;
  }

  public String getBranchOffice() {
    return branchOffice;
  }

  public void setBranchOffice(String branchOffice) {
    this.branchOffice = branchOffice;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(String prefecture) {
    this.prefecture = prefecture;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getFax() {
    return fax;
  }

  public void setFax(String fax) {
    this.fax = fax;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getEstablished() {
    return established;
  }

  public void setEstablished(String established) {
    this.established = established;
  }

  public String getBudgetRange() {
    return budgetRange;
  }

  public void setBudgetRange(String budgetRange) {
    this.budgetRange = budgetRange;
  }

  public String getMemberCount() {
    return memberCount;
  }

  public void setMemberCount(String memberCount) {
    this.memberCount = memberCount;
  }

  public String getMembershipFee() {
    return membershipFee;
  }

  public void setMembershipFee(String membershipFee) {
    this.membershipFee = membershipFee;
  }

  public String getMembershipQualification() {
    return membershipQualification;
  }

  public void setMembershipQualification(String membershipQualification) {
    this.membershipQualification = membershipQualification;
  }

  public String getActivitySchedule() {
    return activitySchedule;
  }

  public void setActivitySchedule(String activitySchedule) {
    this.activitySchedule = activitySchedule;
  }

  public String getUrl1() {
    return url1;
  }

  public void setUrl1(String url1) {
    this.url1 = url1;
  }

  public String getUrl1Description() {
    return url1Description;
  }

  public void setUrl1Description(String url1Description) {
    this.url1Description = url1Description;
  }

  public String getUrl2() {
    return url2;
  }

  public void setUrl2(String url2) {
    this.url2 = url2;
  }

  public String getUrl2Description() {
    return url2Description;
  }

  public void setUrl2Description(String url2Description) {
    this.url2Description = url2Description;
  }

  public String getUrl3() {
    return url3;
  }

  public void setUrl3(String url3) {
    this.url3 = url3;
  }

  public String getUrl3Description() {
    return url3Description;
  }

  public void setUrl3Description(String url3Description) {
    this.url3Description = url3Description;
  }

  public String getRegistrantName() {
    return registrantName;
  }

  public void setRegistrantName(String registrantName) {
    this.registrantName = registrantName;
  }

  public String getRegistrantTitle() {
    return registrantTitle;
  }

  public void setRegistrantTitle(String registrantTitle) {
    this.registrantTitle = registrantTitle;
  }

  public String getRegistrantPhone() {
    return registrantPhone;
  }

  public void setRegistrantPhone(String registrantPhone) {
    this.registrantPhone = registrantPhone;
  }

  public String getRegistrantEmail() {
    return registrantEmail;
  }

  public void setRegistrantEmail(String registrantEmail) {
    this.registrantEmail = registrantEmail;
  }

  public List<String> getActivityFields() {
    return activityFields;
  }

  public void setActivityFields(List<String> activityFields) {
    this.activityFields =
        activityFields == null ? new ArrayList<>() : new ArrayList<>(activityFields);
  }

  public List<String> getTargetMunicipalities() {
    return targetMunicipalities;
  }

  public void setTargetMunicipalities(List<String> targetMunicipalities) {
    this.targetMunicipalities =
        targetMunicipalities == null ? new ArrayList<>() : new ArrayList<>(targetMunicipalities);
  }

  public List<String> getFeatures() {
    return features;
  }

  public void setFeatures(List<String> features) {
    this.features = features == null ? new ArrayList<>() : new ArrayList<>(features);
  }

  public List<String> getRequirements() {
    return requirements;
  }

  public void setRequirements(List<String> requirements) {
    this.requirements = requirements == null ? new ArrayList<>() : new ArrayList<>(requirements);
  }

  public boolean isMinorsNoticeAgreed() {
    return minorsNoticeAgreed;
  }

  public void setMinorsNoticeAgreed(boolean minorsNoticeAgreed) {
    this.minorsNoticeAgreed = minorsNoticeAgreed;
  }

  public Long getFile1MediaId() {
    return file1MediaId;
  }

  public void setFile1MediaId(Long file1MediaId) {
    this.file1MediaId = file1MediaId;
  }

  public Long getFile2MediaId() {
    return file2MediaId;
  }

  public void setFile2MediaId(Long file2MediaId) {
    this.file2MediaId = file2MediaId;
  }

  public Long getFile3MediaId() {
    return file3MediaId;
  }

  public void setFile3MediaId(Long file3MediaId) {
    this.file3MediaId = file3MediaId;
  }

  public boolean isRemoveFile1() {
    return removeFile1;
  }

  public void setRemoveFile1(boolean removeFile1) {
    this.removeFile1 = removeFile1;
  }

  public boolean isRemoveFile2() {
    return removeFile2;
  }

  public void setRemoveFile2(boolean removeFile2) {
    this.removeFile2 = removeFile2;
  }

  public boolean isRemoveFile3() {
    return removeFile3;
  }

  public void setRemoveFile3(boolean removeFile3) {
    this.removeFile3 = removeFile3;
  }

  public MultipartFile getUpload1() {
    return upload1;
  }

  public void setUpload1(MultipartFile upload1) {
    this.upload1 = upload1;
  }

  public MultipartFile getUpload2() {
    return upload2;
  }

  public void setUpload2(MultipartFile upload2) {
    this.upload2 = upload2;
  }

  public MultipartFile getUpload3() {
    return upload3;
  }

  public void setUpload3(MultipartFile upload3) {
    this.upload3 = upload3;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
