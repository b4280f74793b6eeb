package jp.yamaguchi.katsudo.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.crypto.EncryptedString;
import jp.yamaguchi.katsudo.core.review.Review;
import jp.yamaguchi.katsudo.core.review.Reviewable;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;

/**
 * One listing of the Supernet directory (団体・企業): a 県民活動団体, NPO法人 or 企業 with every field of spec
 * §5.1, linked to the shared {@code organisation} record of the account module (which the Aikasanet
 * membership shares). Its review state is the embedded {@link Review} (changed only through the
 * review workflow); its activity status ({@link DirectoryStatus}) is separate. The 登録担当者
 * (registrant) fields are never public and are encrypted at rest, with an HMAC of the address for
 * lookup. Every change is kept by Envers ({@code directory_entry_aud} and the {@code _aud} tables
 * of the collections).
 */
@Entity
@Table(name = "directory_entry")
@Audited
public class DirectoryEntry implements Reviewable {

  /** The content type key in the review log, events, submissions and schedules. */
  public static final String CONTENT_TYPE = "directory";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private Long organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrganisationKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DirectoryStatus status = DirectoryStatus.ACTIVE;

  @Column(name = "classification", length = 40)
  private String classification;

  @Column(name = "name", length = 200)
  private String name;

  @Column(name = "name_kana", length = 200)
  private String nameKana;

  @Column(name = "representative_name", length = 100)
  private String representativeName;

  @Column(name = "representative_title", length = 100)
  private String representativeTitle;

  @Column(name = "contact_name", length = 100)
  private String contactName;

  @Column(name = "contact_title", length = 100)
  private String contactTitle;

  @Column(name = "target_area", length = 40)
  private String targetArea;

  @Column(name = "purpose")
  private String purpose;

  @Column(name = "activities")
  private String activities;

  @Column(name = "csr_activities")
  private String csrActivities;

  @Column(name = "collaboration")
  private String collaboration;

  @Column(name = "appeal")
  private String appeal;

  @Column(name = "main_office", length = 200)
  private String mainOffice;

  @Column(name = "branch_office", length = 200)
  private String branchOffice;

  @Column(name = "postal_code", length = 10)
  private String postalCode;

  @Column(name = "prefecture", length = 40)
  private String prefecture;

  @Column(name = "municipality", length = 40)
  private String municipality;

  @Column(name = "address", length = 300)
  private String address;

  @Column(name = "phone", length = 40)
  private String phone;

  @Column(name = "fax", length = 40)
  private String fax;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "established", length = 100)
  private String established;

  @Column(name = "budget_range", length = 40)
  private String budgetRange;

  @Column(name = "member_count", length = 100)
  private String memberCount;

  @Column(name = "membership_fee", length = 200)
  private String membershipFee;

  @Column(name = "membership_qualification", length = 1000)
  private String membershipQualification;

  @Column(name = "activity_schedule", length = 1000)
  private String activitySchedule;

  @Column(name = "url1", length = 500)
  private String url1;

  @Column(name = "url1_description", length = 200)
  private String url1Description;

  @Column(name = "url2", length = 500)
  private String url2;

  @Column(name = "url2_description", length = 200)
  private String url2Description;

  @Column(name = "url3", length = 500)
  private String url3;

  @Column(name = "url3_description", length = 200)
  private String url3Description;

  @Column(name = "file1_media_id")
  private Long file1MediaId;

  @Column(name = "file2_media_id")
  private Long file2MediaId;

  @Column(name = "file3_media_id")
  private Long file3MediaId;

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "directory_entry_field", joinColumns = @JoinColumn(name = "entry_id"))
  @Column(name = "code", length = 40)
  private Set<String> activityFields = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(
      name = "directory_entry_municipality",
      joinColumns = @JoinColumn(name = "entry_id"))
  @Column(name = "code", length = 40)
  private Set<String> targetMunicipalities = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "directory_entry_feature", joinColumns = @JoinColumn(name = "entry_id"))
  @Column(name = "code", length = 40)
  private Set<String> features = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(
      name = "directory_entry_requirement",
      joinColumns = @JoinColumn(name = "entry_id"))
  @Column(name = "code", length = 40)
  private Set<String> requirements = new LinkedHashSet<>();

  @Convert(converter = EncryptedString.class)
  @Column(name = "registrant_name")
  private String registrantName;

  @Convert(converter = EncryptedString.class)
  @Column(name = "registrant_title")
  private String registrantTitle;

  @Convert(converter = EncryptedString.class)
  @Column(name = "registrant_phone")
  private String registrantPhone;

  @Convert(converter = EncryptedString.class)
  @Column(name = "registrant_email")
  private String registrantEmail;

  /** HMAC of the registrant's mail address (FieldCrypto.lookupHash), for lookup. */
  @Column(name = "registrant_email_hash", length = 64)
  private String registrantEmailHash;

  @Column(name = "minors_notice_agreed", nullable = false)
  private boolean minorsNoticeAgreed;

  /** The old system's id (post ID), for migrated entries. */
  @Column(name = "legacy_id", length = 40)
  private String legacyId;

  @Embedded private Review review = new Review();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private long version;

  protected DirectoryEntry() {}

  /** A new entry (a draft) of the organisation; fill it with {@link #change}. */
  public DirectoryEntry(long organisationId, OrganisationKind kind, String by, Instant at) {
    this.organisationId = organisationId;
    this.kind = kind;
    this.createdAt = at;
    this.createdBy = by;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  /** A migrated or demo entry with its review state as it was elsewhere. */
  public DirectoryEntry(
      long organisationId, OrganisationKind kind, String by, Instant at, Review review) {
    this(organisationId, kind, by, at);
    this.review = review;
  }

  /**
   * Replaces every editable field with the content's (the kind included: a staff correction of the
   * type). {@code emailHash} is the lookup hash of the registrant's address (the service computes
   * it with FieldCrypto).
   */
  public void change(DirectoryContent c, String emailHash, String by, Instant at) {
    if (c.kind() != null) this.kind = c.kind();
    if (c.status() != null) this.status = c.status();

    this.classification = blankToNull(c.classification());
    this.name = blankToNull(c.name());
    this.nameKana = blankToNull(c.nameKana());
    this.representativeName = blankToNull(c.representativeName());
    this.representativeTitle = blankToNull(c.representativeTitle());
    this.contactName = blankToNull(c.contactName());
    this.contactTitle = blankToNull(c.contactTitle());
    this.targetArea = blankToNull(c.targetArea());
    this.purpose = blankToNull(c.purpose());
    this.activities = blankToNull(c.activities());
    this.csrActivities = blankToNull(c.csrActivities());
    this.collaboration = blankToNull(c.collaboration());
    this.appeal = blankToNull(c.appeal());
    this.mainOffice = blankToNull(c.mainOffice());
    this.branchOffice = blankToNull(c.branchOffice());
    this.postalCode = blankToNull(c.postalCode());
    this.prefecture = blankToNull(c.prefecture());
    this.municipality = blankToNull(c.municipality());
    this.address = blankToNull(c.address());
    this.phone = blankToNull(c.phone());
    this.fax = blankToNull(c.fax());
    this.email = blankToNull(c.email());
    this.established = blankToNull(c.established());
    this.budgetRange = blankToNull(c.budgetRange());
    this.memberCount = blankToNull(c.memberCount());
    this.membershipFee = blankToNull(c.membershipFee());
    this.membershipQualification = blankToNull(c.membershipQualification());
    this.activitySchedule = blankToNull(c.activitySchedule());
    this.url1 = blankToNull(c.url1());
    this.url1Description = blankToNull(c.url1Description());
    this.url2 = blankToNull(c.url2());
    this.url2Description = blankToNull(c.url2Description());
    this.url3 = blankToNull(c.url3());
    this.url3Description = blankToNull(c.url3Description());
    this.file1MediaId = c.file1MediaId();
    this.file2MediaId = c.file2MediaId();
    this.file3MediaId = c.file3MediaId();
    replace(this.activityFields, c.activityFields());
    replace(this.targetMunicipalities, c.targetMunicipalities());
    replace(this.features, c.features());
    replace(this.requirements, c.requirements());
    this.registrantName = blankToNull(c.registrantName());
    this.registrantTitle = blankToNull(c.registrantTitle());
    this.registrantPhone = blankToNull(c.registrantPhone());
    this.registrantEmail = blankToNull(c.registrantEmail());
    this.registrantEmailHash = this.registrantEmail == null ? null : emailHash;
    this.minorsNoticeAgreed = c.minorsNoticeAgreed();
    touch(by, at);
  }

  /** The current values as content (for forms, copies and change requests). */
  public DirectoryContent content() {
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
        activityFields,
        targetArea,
        targetMunicipalities,
        purpose,
        activities,
        csrActivities,
        collaboration,
        appeal,
        mainOffice,
        branchOffice,
        postalCode,
        prefecture,
        municipality,
        address,
        phone,
        fax,
        email,
        established,
        budgetRange,
        memberCount,
        membershipFee,
        membershipQualification,
        activitySchedule,
        url1,
        url1Description,
        url2,
        url2Description,
        url3,
        url3Description,
        file1MediaId,
        file2MediaId,
        file3MediaId,
        features,
        requirements,
        registrantName,
        registrantTitle,
        registrantPhone,
        registrantEmail,
        minorsNoticeAgreed);
  }

  public void changeStatus(DirectoryStatus status, String by, Instant at) {
    this.status = status;
    touch(by, at);
  }

  /** Moves the entry to another organisation record (linking it to a member's organisation). */
  public void moveToOrganisation(long organisationId, String by, Instant at) {
    this.organisationId = organisationId;
    touch(by, at);
  }

  public void markLegacy(String legacyId) {
    this.legacyId = legacyId;
  }

  public void touch(String by, Instant at) {
    this.updatedAt = at;
    this.updatedBy = by;
  }

  private static void replace(Set<String> target, Set<String> values) {
    target.clear();
    if (values != null) target.addAll(values);
  }

  private static String blankToNull(String s) {
    if (s == null) return null;
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  @Override
  public Review review() {
    return review;
  }

  @Override
  public String reviewContentType() {
    return CONTENT_TYPE;
  }

  @Override
  public Long reviewContentId() {
    return id;
  }

  @Override
  public String reviewTitle() {
    return name;
  }

  /** Submitted by the public or members: staff publish only what was submitted. */
  @Override
  public boolean publishableFromDraft() {
    return false;
  }

  /** Whether the public may see it. */
  public boolean isPublic() {
    return review.isPublic();
  }

  /** The path of its public detail page (shown only while published). */
  public String publicPath() {
    return "/directory/" + id;
  }

  public boolean isCompany() {
    return kind == OrganisationKind.COMPANY;
  }

  /** When it was created, in Japan time. */
  public LocalDateTime localCreatedAt() {
    return LocalDateTime.ofInstant(createdAt, ClockConfig.ZONE);
  }

  /** When it was last changed, in Japan time. */
  public LocalDateTime localUpdatedAt() {
    return LocalDateTime.ofInstant(updatedAt, ClockConfig.ZONE);
  }

  public Long getId() {
    return id;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public DirectoryStatus getStatus() {
    return status;
  }

  public String getClassification() {
    return classification;
  }

  public String getName() {
    return name;
  }

  public String getNameKana() {
    return nameKana;
  }

  public String getRepresentativeName() {
    return representativeName;
  }

  public String getRepresentativeTitle() {
    return representativeTitle;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactTitle() {
    return contactTitle;
  }

  public String getTargetArea() {
    return targetArea;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getActivities() {
    return activities;
  }

  public String getCsrActivities() {
    return csrActivities;
  }

  public String getCollaboration() {
    return collaboration;
  }

  public String getAppeal() {
    return appeal;
  }

  public String getMainOffice() {
    return mainOffice;
  }

  public String getBranchOffice() {
    return branchOffice;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getPrefecture() {
    return prefecture;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public String getFax() {
    return fax;
  }

  public String getEmail() {
    return email;
  }

  public String getEstablished() {
    return established;
  }

  public String getBudgetRange() {
    return budgetRange;
  }

  public String getMemberCount() {
    return memberCount;
  }

  public String getMembershipFee() {
    return membershipFee;
  }

  public String getMembershipQualification() {
    return membershipQualification;
  }

  public String getActivitySchedule() {
    return activitySchedule;
  }

  public String getUrl1() {
    return url1;
  }

  public String getUrl1Description() {
    return url1Description;
  }

  public String getUrl2() {
    return url2;
  }

  public String getUrl2Description() {
    return url2Description;
  }

  public String getUrl3() {
    return url3;
  }

  public String getUrl3Description() {
    return url3Description;
  }

  public Long getFile1MediaId() {
    return file1MediaId;
  }

  public Long getFile2MediaId() {
    return file2MediaId;
  }

  public Long getFile3MediaId() {
    return file3MediaId;
  }

  public Set<String> getActivityFields() {
    return Collections.unmodifiableSet(activityFields);
  }

  public Set<String> getTargetMunicipalities() {
    return Collections.unmodifiableSet(targetMunicipalities);
  }

  public Set<String> getFeatures() {
    return Collections.unmodifiableSet(features);
  }

  public Set<String> getRequirements() {
    return Collections.unmodifiableSet(requirements);
  }

  public String getRegistrantName() {
    return registrantName;
  }

  public String getRegistrantTitle() {
    return registrantTitle;
  }

  public String getRegistrantPhone() {
    return registrantPhone;
  }

  public String getRegistrantEmail() {
    return registrantEmail;
  }

  public String getRegistrantEmailHash() {
    return registrantEmailHash;
  }

  public boolean isMinorsNoticeAgreed() {
    return minorsNoticeAgreed;
  }

  public String getLegacyId() {
    return legacyId;
  }

  public Review getReview() {
    return review;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
