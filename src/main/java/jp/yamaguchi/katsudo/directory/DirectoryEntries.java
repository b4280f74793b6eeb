package jp.yamaguchi.katsudo.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.account.Organisations;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.lists.ListKey;
import jp.yamaguchi.katsudo.core.lists.Lists;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.review.ReviewWorkflow;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.directory.domain.DirectoryContent;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntryRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Supernet directory's public service: the public read model of an entry, the entries of an
 * organisation, and creating and changing entries from the module's forms. Review actions go
 * through {@link ReviewWorkflow} here too, so every change is checked and logged in one place.
 *
 * <p>Actors follow the review package's rule: a staff username, {@code member:<id>} or {@code
 * public}.
 */
@Service
public class DirectoryEntries {

  /** The actor recorded for anonymous public submissions. */
  public static final String PUBLIC_ACTOR = "public";

  /** The public detail page of an entry (built by the public pages of this module). */
  public static String detailPath(long id) {
    return "/directory/" + id;
  }

  private final DirectoryEntryRepository entries;
  private final Organisations organisations;
  private final ReviewWorkflow workflow;
  private final FieldCrypto crypto;
  private final Lists lists;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final MessageSource messages;

  DirectoryEntries(
      DirectoryEntryRepository entries,
      Organisations organisations,
      ReviewWorkflow workflow,
      FieldCrypto crypto,
      Lists lists,
      ApplicationEventPublisher events,
      Clock clock,
      MessageSource messages) {
    this.entries = entries;
    this.organisations = organisations;
    this.workflow = workflow;
    this.crypto = crypto;
    this.lists = lists;
    this.events = events;
    this.clock = clock;
    this.messages = messages;
  }

  /** A published entry as the public sees it. */
  @Transactional(readOnly = true)
  public Optional<DirectoryEntryView> findPublic(long id) {
    return entries.findById(id).filter(DirectoryEntry::isPublic).map(this::view);
  }

  /** An entry in any state, as the public would see it (staff preview, the owner's page). */
  @Transactional(readOnly = true)
  public Optional<DirectoryEntryView> view(long id) {
    return entries.findById(id).map(this::view);
  }

  /** The entries of an organisation (any state), newest first. */
  @Transactional(readOnly = true)
  public List<DirectoryHeadline> byOrganisation(long organisationId) {
    return entries.findByOrganisationIdOrderByIdDesc(organisationId).stream()
        .map(DirectoryEntries::headline)
        .toList();
  }

  /** The newest published entries (HOME). */
  @Transactional(readOnly = true)
  public List<DirectoryHeadline> newest(int limit) {
    return entries.newest(ReviewState.PUBLISHED, PageRequest.of(0, limit)).stream()
        .map(DirectoryEntries::headline)
        .toList();
  }

  /** Entries waiting for review (仮登録), for the dashboard. */
  @Transactional(readOnly = true)
  public long countPending() {
    return entries.countByReviewState(ReviewState.PENDING);
  }

  /** The entity for the module's own screens (admin, forms); 404 when missing. */
  @Transactional(readOnly = true)
  public DirectoryEntry get(long id) {
    return entries.findById(id).orElseThrow(() -> new NotFoundException("directory entry " + id));
  }

  /** The entity, if it still exists (event listeners: the entry may be gone by then). */
  @Transactional(readOnly = true)
  public Optional<DirectoryEntry> find(long id) {
    return entries.findById(id);
  }

  /** Every editable value of an entry (to fill a form). */
  @Transactional(readOnly = true)
  public DirectoryContent content(long id) {
    return get(id).content();
  }

  /**
   * A new registration from the public form: creates the shared organisation record and the entry
   * as a draft (it becomes 仮登録 once the registrant's mail address is confirmed, see {@link
   * #submit}). Returns the entry's id.
   */
  @Transactional
  public long createDraft(DirectoryContent content, String actor) {
    long orgId = organisations.create(content.kind(), content.name(), content.nameKana());
    return createDraft(orgId, content, actor);
  }

  /** A new draft entry of an existing organisation (e.g. a logged-in organisation member). */
  @Transactional
  public long createDraft(long organisationId, DirectoryContent content, String actor) {
    DirectoryEntry e = new DirectoryEntry(organisationId, content.kind(), actor, clock.instant());
    e.change(content, hash(content.registrantEmail()), actor, clock.instant());
    entries.save(e);
    workflow.created(e, actor);
    return e.getId();
  }

  /** Submits a draft (or a returned entry) for review: 仮登録. */
  @Transactional
  public void submit(long id, String actor) {
    workflow.submit(get(id), actor);
  }

  /**
   * Changes an entry (staff edit before publishing, or an approved change request). {@code version}
   * is the version the form was made from; a stale one is refused.
   */
  @Transactional
  public void update(long id, DirectoryContent content, Long version, String actor) {
    DirectoryEntry e = get(id);
    if (version != null && version != e.getVersion()) {
      throw new BusinessException("e.directory.stale");
    }
    e.change(content, hash(content.registrantEmail()), actor, clock.instant());
    organisations.rename(e.getOrganisationId(), e.getKind(), e.getName(), e.getNameKana());
    if (e.isPublic()) events.publishEvent(new ContentChanged(DirectoryEntry.CONTENT_TYPE, id));
  }

  /**
   * A staff review move (本登録 = PUBLISH, 差し戻し = SEND_BACK with a reason, UNPUBLISH ...) made from
   * the version the reviewer saw (null skips that check). Publishing also brings the shared
   * organisation record's name up to date.
   */
  @Transactional
  public ReviewState review(
      long id, Long version, ReviewAction action, String reason, String actor) {
    DirectoryEntry e = get(id);
    if (version != null && e.getVersion() != version) {
      throw new BusinessException("e.review.conflict");
    }
    ReviewState to = workflow.perform(e, action, actor, reason);
    e.touch(actor, clock.instant());
    if (to == ReviewState.PUBLISHED) {
      organisations.rename(e.getOrganisationId(), e.getKind(), e.getName(), e.getNameKana());
    }
    return to;
  }

  /**
   * Deletes public registrations whose mail address was never confirmed and that are older than
   * {@code age} (their link expired long ago); returns how many. Their organisation records stay (a
   * name only, no personal data).
   */
  @Transactional
  public int deleteUnconfirmed(Duration age) {
    List<DirectoryEntry> old = entries.unconfirmed(PUBLIC_ACTOR, clock.instant().minus(age));
    entries.deleteAll(old);
    return old.size();
  }

  // -- the hand-over to Aikasanet's registration (spec §4)

  /** How long a hand-over token works. */
  public static final Duration HANDOVER_VALID = Duration.ofHours(2);

  /**
   * The shared values of the organisation's newest directory entry for Aikasanet's registration
   * form; empty when the organisation has no entry.
   */
  @Transactional(readOnly = true)
  public Optional<AikasanetHandover> aikasanetHandover(long organisationId) {
    return entries.findByOrganisationIdOrderByIdDesc(organisationId).stream()
        .findFirst()
        .map(
            e ->
                new AikasanetHandover(
                    e.getOrganisationId(),
                    e.getId(),
                    e.getKind(),
                    e.getClassification(),
                    e.getName(),
                    e.getNameKana(),
                    e.getRepresentativeName(),
                    e.getRepresentativeTitle(),
                    e.getContactName(),
                    e.getContactTitle(),
                    e.getPostalCode(),
                    e.getPrefecture(),
                    e.getMunicipality(),
                    e.getAddress(),
                    e.getPhone(),
                    e.getFax(),
                    e.getEmail(),
                    e.getUrl1(),
                    List.copyOf(e.getActivityFields()),
                    List.copyOf(e.getTargetMunicipalities()),
                    e.getActivities(),
                    e.getRegistrantName(),
                    e.getRegistrantPhone(),
                    e.getRegistrantEmail()));
  }

  /**
   * A signed token (HMAC with the application's lookup key) naming the organisation, valid for
   * {@link #HANDOVER_VALID}, to carry to {@code /aikasanet/register?from=<token>}. Issue it only to
   * the person who registered (the next-steps page checks their confirmation in the session).
   */
  public String handoverToken(long organisationId) {
    long expires = clock.instant().plus(HANDOVER_VALID).getEpochSecond();
    String payload = organisationId + "." + expires;
    return payload + "." + crypto.lookupHash(HANDOVER_PURPOSE + payload);
  }

  /**
   * The hand-over a token names, while the token is genuine and not expired (Aikasanet's
   * registration calls this with its {@code from} parameter); empty otherwise.
   */
  @Transactional(readOnly = true)
  public Optional<AikasanetHandover> handoverFromToken(String token) {
    if (token == null || token.length() > 200) return Optional.empty();
    String[] parts = token.split("\\.");
    if (parts.length != 3) return Optional.empty();
    long orgId;
    long expires;
    try {
      orgId = Long.parseLong(parts[0]);
      expires = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    String expected = crypto.lookupHash(HANDOVER_PURPOSE + parts[0] + "." + parts[1]);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    if (clock.instant().getEpochSecond() > expires) return Optional.empty();
    return aikasanetHandover(orgId);
  }

  private static final String HANDOVER_PURPOSE = "aikasanet-handover:";

  /** Links an entry to another organisation record (the logged-in member's organisation). */
  @Transactional
  public void moveToOrganisation(long id, long organisationId, String actor) {
    get(id).moveToOrganisation(organisationId, actor, clock.instant());
  }

  /** Entries whose registrant address is this one (any state), newest first. */
  @Transactional(readOnly = true)
  public List<DirectoryHeadline> byRegistrantEmail(String email) {
    if (email == null || email.isBlank()) return List.of();
    return entries.findByRegistrantEmailHashOrderByIdDesc(crypto.lookupHash(email)).stream()
        .map(DirectoryEntries::headline)
        .toList();
  }

  private String hash(String email) {
    return email == null || email.isBlank() ? null : crypto.lookupHash(email);
  }

  static DirectoryHeadline headline(DirectoryEntry e) {
    return new DirectoryHeadline(
        e.getId(),
        e.getKind(),
        e.getStatus(),
        e.getName(),
        e.getReview().state(),
        e.getReview().firstPublishedAt());
  }

  private DirectoryEntryView view(DirectoryEntry e) {
    List<DirectoryLink> links = new ArrayList<>();
    addLink(links, e.getUrl1(), e.getUrl1Description());
    addLink(links, e.getUrl2(), e.getUrl2Description());
    addLink(links, e.getUrl3(), e.getUrl3Description());
    boolean company = e.getKind() == OrganisationKind.COMPANY;
    return new DirectoryEntryView(
        e.getId(),
        e.getOrganisationId(),
        e.getKind(),
        e.getStatus(),
        label(company ? ListKey.COMPANY_CLASS : ListKey.GROUP_CLASS, e.getClassification()),
        e.getName(),
        e.getNameKana(),
        e.getRepresentativeName(),
        e.getRepresentativeTitle(),
        e.getContactName(),
        e.getContactTitle(),
        labels(ListKey.ACTIVITY_FIELD, e.getActivityFields()),
        label(ListKey.TARGET_AREA, e.getTargetArea()),
        labels(ListKey.MUNICIPALITY, e.getTargetMunicipalities()),
        e.getPurpose(),
        e.getActivities(),
        e.getCsrActivities(),
        e.getCollaboration(),
        e.getAppeal(),
        e.getMainOffice(),
        e.getBranchOffice(),
        e.getPostalCode(),
        label(ListKey.PREFECTURE, e.getPrefecture()),
        municipalityLabel(e.getMunicipality()),
        e.getAddress(),
        e.getPhone(),
        e.getFax(),
        e.getEmail(),
        e.getEstablished(),
        e.getMemberCount(),
        e.getMembershipFee(),
        e.getMembershipQualification(),
        e.getActivitySchedule(),
        List.copyOf(links),
        labels(ListKey.FEATURE, e.getFeatures()),
        e.getReview().firstPublishedAt(),
        e.getUpdatedAt());
  }

  private static void addLink(List<DirectoryLink> links, String url, String description) {
    if (url != null && !url.isBlank()) links.add(new DirectoryLink(url, description));
  }

  private String label(ListKey key, String code) {
    return code == null ? null : lists.label(key, code);
  }

  /** 市町 of the address: a MUNICIPALITY code, or {@link #OUTSIDE_PREFECTURE} (山口県外). */
  private String municipalityLabel(String code) {
    if (code == null) return null;
    if (OUTSIDE_PREFECTURE.equals(code)) {
      return messages.getMessage("directory.municipality.outside", null, Locale.JAPANESE);
    }
    return lists.label(ListKey.MUNICIPALITY, code);
  }

  /** The 市町 code meaning 「山口県外」 (the address is outside the prefecture). */
  public static final String OUTSIDE_PREFECTURE = "outside";

  /** Labels of the codes, in the list's order; codes no longer in the list are kept as they are. */
  private List<String> labels(ListKey key, Collection<String> codes) {
    if (codes.isEmpty()) return List.of();
    List<String> out = new ArrayList<>();
    List<String> known = new ArrayList<>();
    for (Choice c : lists.choices(key)) {
      if (codes.contains(c.code())) {
        out.add(c.label());
        known.add(c.code());
      }
    }
    for (String code : codes) if (!known.contains(code)) out.add(lists.label(key, code));
    return List.copyOf(out);
  }
}
