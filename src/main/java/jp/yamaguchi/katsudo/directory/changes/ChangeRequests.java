package jp.yamaguchi.katsudo.directory.changes;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.MemberRef;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.domain.DirectoryContent;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import jp.yamaguchi.katsudo.directory.domain.DirectoryField;
import jp.yamaguchi.katsudo.directory.domain.DirectoryFieldText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 修正依頼: change requests to published directory entries. The public sends the whole edited content;
 * it is stored apart from the entry (the public page does not change) and confirmed by a link
 * mailed to the entry's registered 登録担当者 address, or accepted at once from the member who owns the
 * entry. Staff compare it field by field with the live entry and approve it (the entry is updated
 * through {@link DirectoryEntries#update}, so Envers records the staff member) or reject it with a
 * reason; the submitter is mailed either way.
 */
@Service
public class ChangeRequests {

  /** How long an unconfirmed request is kept (its link expires after 24 hours). */
  static final Duration UNCONFIRMED_KEPT = Duration.ofDays(14);

  public static final int NOTE_MAX = 500;
  public static final int REASON_MAX = 2000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ChangeRequestRepository requests;
  private final DirectoryEntries entries;
  private final RegistrantConfirmation confirmation;
  private final MemberAccounts members;
  private final DirectoryFieldText fieldText;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Clock clock;

  ChangeRequests(
      ChangeRequestRepository requests,
      DirectoryEntries entries,
      RegistrantConfirmation confirmation,
      MemberAccounts members,
      DirectoryFieldText fieldText,
      ApplicationEventPublisher events,
      AuditLog audit,
      MessageSource messages,
      Clock clock) {
    this.requests = requests;
    this.entries = entries;
    this.confirmation = confirmation;
    this.members = members;
    this.fieldText = fieldText;
    this.events = events;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  /** Who may send a change request for the entry without a mail confirmation, if anyone now. */
  @Transactional(readOnly = true)
  public Optional<MemberRef> owningMember(long entryId) {
    DirectoryEntry entry = entries.get(entryId);
    return members
        .currentMember()
        .filter(MemberRef::active)
        .filter(m -> m.organisationId() != null && m.organisationId() == entry.getOrganisationId());
  }

  /**
   * Stores a change request for a published entry and starts its confirmation: from the owning
   * member it waits for staff at once; from the public a confirmation link goes to the entry's
   * registered 登録担当者 address (not to an address the requester typed).
   *
   * @param baseVersion the entry's version the form was filled from
   * @return the request's id
   */
  @Transactional
  public Submitted submit(long entryId, DirectoryContent proposed, long baseVersion, String note) {
    DirectoryEntry entry = entries.get(entryId);
    if (!entry.isPublic()) throw new NotFoundException("directory entry " + entryId);
    if (entry.getVersion() != baseVersion) {
      throw new BusinessException("dirpages.changes.e.stale");
    }
    if (requests.existsByEntryIdAndState(entryId, ChangeState.PENDING)) {
      throw new BusinessException("dirpages.changes.e.pending");
    }
    Optional<MemberRef> member = owningMember(entryId);
    // only the owning member may change the private 登録担当者 fields; a public request keeps them
    DirectoryContent fixed = fix(entry.content(), proposed, member.isEmpty());
    if (member.isPresent()) {
      long memberId = member.get().id();
      ChangeRequest r =
          requests.save(
              new ChangeRequest(
                  entryId,
                  JSON.writeValueAsString(fixed),
                  baseVersion,
                  "member:" + memberId,
                  members.emailOf(memberId),
                  note,
                  clock.instant()));
      r.confirm(clock.instant());
      events.publishEvent(new ChangeEvents.Submitted(r.getId()));
      return new Submitted(r.getId(), false);
    }
    String registrant = entry.getRegistrantEmail();
    if (registrant == null || registrant.isBlank()) {
      throw new BusinessException("dirpages.changes.e.noRegistrant");
    }
    ChangeRequest r =
        requests.save(
            new ChangeRequest(
                entryId,
                JSON.writeValueAsString(fixed),
                baseVersion,
                ChangeRequest.PUBLIC_ACTOR,
                registrant,
                note,
                clock.instant()));
    confirmation.request(
        r.getId(), registrant, msg("dirpages.changes.confirmTitle", entry.getName()));
    return new Submitted(r.getId(), true);
  }

  /**
   * The result of {@link #submit}.
   *
   * @param id the request's id
   * @param mailed whether a confirmation link was mailed (false: sent by the owning member)
   */
  public record Submitted(long id, boolean mailed) {}

  /**
   * The registrant confirmed the request by the mailed link: it now waits for staff. Refused when
   * it is no longer unconfirmed or another request of the entry already waits.
   */
  @Transactional
  public void confirmed(long id) {
    ChangeRequest r = requests.findById(id).orElseThrow(() -> notConfirmable());
    if (r.getState() != ChangeState.UNCONFIRMED) throw notConfirmable();
    if (requests.existsByEntryIdAndState(r.getEntryId(), ChangeState.PENDING)) {
      throw new BusinessException("dirpages.changes.e.pending");
    }
    r.confirm(clock.instant());
    events.publishEvent(new ChangeEvents.Submitted(r.getId()));
  }

  private static BusinessException notConfirmable() {
    return new BusinessException("dirpages.changes.e.notConfirmable");
  }

  /** Staff approve: the entry takes the proposed content; the submitter is mailed. */
  @Transactional
  public void approve(long id, long version, String staff) {
    ChangeRequest r = pending(id, version);
    DirectoryEntry entry = entries.get(r.getEntryId());
    DirectoryContent proposed = fix(entry.content(), proposed(r), false);
    entries.update(entry.getId(), proposed, null, staff);
    r.approve(staff, clock.instant());
    audit.record(
        AuditAction.PUBLISH,
        staff,
        "directory:" + entry.getId(),
        "change request " + id + " approved");
    events.publishEvent(new ChangeEvents.Decided(id));
  }

  /** Staff reject with a reason (mailed to the submitter); the entry stays as it is. */
  @Transactional
  public void reject(long id, long version, String reason, String staff) {
    if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
      throw new BusinessException("dirpages.changes.e.reason");
    }
    ChangeRequest r = pending(id, version);
    r.reject(reason.strip(), staff, clock.instant());
    events.publishEvent(new ChangeEvents.Decided(id));
  }

  private ChangeRequest pending(long id, long version) {
    ChangeRequest r = get(id);
    if (r.getState() != ChangeState.PENDING || r.getVersion() != version) {
      throw new BusinessException("dirpages.changes.e.decided");
    }
    return r;
  }

  /** The request; 404 when missing. */
  @Transactional(readOnly = true)
  public ChangeRequest get(long id) {
    return requests.findById(id).orElseThrow(() -> new NotFoundException("change request " + id));
  }

  /** The proposed content of the request. */
  @Transactional(readOnly = true)
  public DirectoryContent proposed(ChangeRequest r) {
    return JSON.readValue(r.getProposed(), DirectoryContent.class);
  }

  /** Where to mail the decision (the address that confirmed, or the member's). */
  @Transactional(readOnly = true)
  String notifyEmail(long id) {
    return get(id).getNotifyEmail();
  }

  /** Requests in the state (all but unconfirmed ones when null), newest first. */
  @Transactional(readOnly = true)
  public Page<ChangeRequest> list(ChangeState state, Pageable page) {
    return state == null
        ? requests.findByStateNotOrderByIdDesc(ChangeState.UNCONFIRMED, page)
        : requests.findByStateOrderByIdDesc(state, page);
  }

  @Transactional(readOnly = true)
  public long count(ChangeState state) {
    return requests.countByState(state);
  }

  /** The requests of an entry waiting for staff. */
  @Transactional(readOnly = true)
  public List<ChangeRequest> pendingOf(long entryId) {
    return requests.findByEntryIdAndStateOrderByIdDesc(entryId, ChangeState.PENDING);
  }

  /**
   * The field-by-field comparison of the live entry with the proposal, in form order; fields empty
   * on both sides are left out.
   */
  @Transactional(readOnly = true)
  public List<FieldChange> compare(DirectoryContent live, DirectoryContent proposed) {
    List<FieldChange> out = new ArrayList<>();
    for (DirectoryField f : DirectoryField.ALL) {
      Object a = f.value().apply(live);
      Object b = f.value().apply(proposed);
      String before = fieldText.text(f, live);
      String after = fieldText.text(f, proposed);
      if (before.isEmpty() && after.isEmpty()) continue;
      out.add(new FieldChange(f.key(), f.messageKey(), before, after, !same(a, b), f.registrant()));
    }
    return out;
  }

  /**
   * One line of the comparison.
   *
   * @param changed whether the proposal differs from the live value
   * @param registrant whether it is a private 登録担当者 field
   */
  public record FieldChange(
      String key,
      String labelKey,
      String before,
      String after,
      boolean changed,
      boolean registrant) {}

  /**
   * A change request waiting for staff, for demo data: the live content with another activities
   * text; no event, no mail.
   */
  @Transactional
  public void importPending(long entryId, String activities, String actor) {
    DirectoryEntry entry = entries.get(entryId);
    DirectoryContent live = entry.content();
    DirectoryContent p = withActivities(live, activities);
    ChangeRequest r =
        requests.save(
            new ChangeRequest(
                entryId,
                JSON.writeValueAsString(p),
                entry.getVersion(),
                actor,
                live.registrantEmail(),
                null,
                clock.instant()));
    r.confirm(clock.instant());
  }

  /** Deletes unconfirmed requests whose confirmation link expired long ago. */
  @Transactional
  public int deleteStaleUnconfirmed() {
    return requests.deleteByStateAndCreatedAtBefore(
        ChangeState.UNCONFIRMED, clock.instant().minus(UNCONFIRMED_KEPT));
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof String s && s.isBlank()) a = null;
    if (b instanceof String s && s.isBlank()) b = null;
    if (a instanceof java.util.Collection<?> ca && b instanceof java.util.Collection<?> cb) {
      return new HashSet<>(ca).equals(new HashSet<>(cb));
    }
    return java.util.Objects.equals(a, b);
  }

  private static DirectoryContent withActivities(DirectoryContent p, String activities) {
    return copy(p.kind(), p, activities);
  }

  /**
   * The proposal with what a change request may not change taken from the live entry: the type, and
   * for a request from the public the private 登録担当者 fields (the public form never shows them).
   */
  private static DirectoryContent fix(
      DirectoryContent live, DirectoryContent p, boolean keepRegistrant) {
    return copy(live.kind(), p, p.activities(), keepRegistrant ? live : p);
  }

  private static DirectoryContent copy(
      jp.yamaguchi.katsudo.account.OrganisationKind kind, DirectoryContent p, String activities) {
    return copy(kind, p, activities, p);
  }

  private static DirectoryContent copy(
      jp.yamaguchi.katsudo.account.OrganisationKind kind,
      DirectoryContent p,
      String activities,
      DirectoryContent registrant) {
    return new DirectoryContent(
        kind,
        p.status(),
        p.classification(),
        p.name(),
        p.nameKana(),
        p.representativeName(),
        p.representativeTitle(),
        p.contactName(),
        p.contactTitle(),
        p.activityFields(),
        p.targetArea(),
        p.targetMunicipalities(),
        p.purpose(),
        activities,
        p.csrActivities(),
        p.collaboration(),
        p.appeal(),
        p.mainOffice(),
        p.branchOffice(),
        p.postalCode(),
        p.prefecture(),
        p.municipality(),
        p.address(),
        p.phone(),
        p.fax(),
        p.email(),
        p.established(),
        p.budgetRange(),
        p.memberCount(),
        p.membershipFee(),
        p.membershipQualification(),
        p.activitySchedule(),
        p.url1(),
        p.url1Description(),
        p.url2(),
        p.url2Description(),
        p.url3(),
        p.url3Description(),
        p.file1MediaId(),
        p.file2MediaId(),
        p.file3MediaId(),
        p.features(),
        p.requirements(),
        registrant.registrantName(),
        registrant.registrantTitle(),
        registrant.registrantPhone(),
        registrant.registrantEmail(),
        p.minorsNoticeAgreed());
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, Locale.JAPANESE);
  }
}
