package jp.yamaguchi.katsudo.grant.domain;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.audit.RevisionUserListener;
import jp.yamaguchi.katsudo.core.review.Review;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.review.ReviewWorkflow;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.PublicationChanged;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.grant.ImportedGrant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on grants: staff write, change, review and delete them; the public posts them (a draft
 * until the submitter confirms the mail address, then 仮登録). Every review move goes through the
 * {@link ReviewWorkflow}; a change made on an outdated copy is refused.
 */
@Service
@Transactional
public class GrantEditing {

  public static final int PAGE_SIZE = 20;

  /** The actor of public postings in the review history (never an address). */
  public static final String PUBLIC_ACTOR = "public";

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

  private final GrantRepository repository;
  private final ReviewWorkflow workflow;
  private final ApplicationEventPublisher events;
  private final EntityManager entityManager;
  private final Clock clock;

  GrantEditing(
      GrantRepository repository,
      ReviewWorkflow workflow,
      ApplicationEventPublisher events,
      EntityManager entityManager,
      Clock clock) {
    this.repository = repository;
    this.workflow = workflow;
    this.events = events;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Grant get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("grant " + id));
  }

  @Transactional(readOnly = true)
  public Optional<Grant> find(long id) {
    return repository.findById(id);
  }

  @Transactional(readOnly = true)
  public Page<Grant> search(GrantSearch search, int page) {
    return repository.findAll(search.specification(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
  }

  @Transactional(readOnly = true)
  public long count() {
    return repository.count();
  }

  /** Items in a state that staff see (unconfirmed public postings are left out). */
  @Transactional(readOnly = true)
  public long countInState(ReviewState state) {
    return repository.countVisibleToStaff(state, Origin.PUBLIC);
  }

  /** A new draft written by staff. */
  public Grant create(GrantContent content, String actor) {
    Instant now = clock.instant();
    Grant grant = new Grant(Origin.STAFF, actor, now);
    grant.change(clean(content), actor, now);
    repository.save(grant);
    workflow.created(grant, actor);
    return grant;
  }

  /** Changes a grant; {@code e.grant.conflict} when someone saved since the form was made. */
  public Grant update(long id, long version, GrantContent content, String actor) {
    Grant grant = get(id);
    if (grant.getVersion() != version) throw new BusinessException("e.grant.conflict");
    grant.change(clean(content), actor, clock.instant());
    if (grant.review().isPublic()) events.publishEvent(new ContentChanged(Grant.CONTENT_TYPE, id));
    return grant;
  }

  /** A review move made from the version the reviewer saw (null skips that check). */
  public ReviewState review(
      long id, Long version, ReviewAction action, String reason, String actor) {
    Grant grant = get(id);
    if (version != null && grant.getVersion() != version) {
      throw new BusinessException("e.review.conflict");
    }
    if (grant.isUnconfirmedPosting()) throw new BusinessException("e.grant.unconfirmed");
    ReviewState to = workflow.perform(grant, action, actor, reason);
    grant.touch(actor, clock.instant());
    return to;
  }

  /** Deletes a grant; its revisions and review history stay. */
  public void delete(long id) {
    Grant grant = get(id);
    boolean wasPublic = grant.review().isPublic();
    String label = grant.getTitle() + " (deleted)";
    repository.delete(grant);
    if (wasPublic) {
      events.publishEvent(new ContentChanged(Grant.CONTENT_TYPE, id));
      events.publishEvent(
          new PublicationChanged(
              Grant.CONTENT_TYPE, id, label, RevisionUserListener.currentUser(), false));
    }
  }

  /**
   * A grant posted by the public: kept as a draft that staff do not see until the submitter
   * confirmed the mail address ({@link #confirm}).
   */
  public Grant post(GrantContent content, String submitterName, String submitterEmail) {
    Instant now = clock.instant();
    Grant grant = new Grant(Origin.PUBLIC, PUBLIC_ACTOR, now);
    grant.change(clean(content), PUBLIC_ACTOR, now);
    grant.submitter(oneLine(submitterName), submitterEmail.strip());
    repository.save(grant);
    workflow.created(grant, PUBLIC_ACTOR);
    return grant;
  }

  /**
   * The submitter confirmed the mail address: the posting becomes 仮登録 (the listener then mails the
   * center and the submitter). Refused when the posting is gone or was confirmed before.
   */
  public Grant confirm(long id) {
    Grant grant =
        repository.findById(id).orElseThrow(() -> new BusinessException("e.grant.post.gone"));
    if (!grant.isUnconfirmedPosting() || grant.review().state() != ReviewState.DRAFT) {
      throw new BusinessException("e.grant.post.confirmedBefore");
    }
    grant.confirmed(clock.instant());
    workflow.submit(grant, PUBLIC_ACTOR);
    return grant;
  }

  /** Deletes public postings nobody confirmed before {@code before}; returns how many. */
  public int deleteStaleUnconfirmed(Instant before) {
    List<Long> ids = repository.findStaleUnconfirmed(Origin.PUBLIC, before);
    repository.deleteAllById(ids);
    return ids.size();
  }

  /** A scheduled publish or unpublish; false when the grant is gone. */
  public boolean performScheduled(long id, ReviewAction action, String actor) {
    Optional<Grant> found = repository.findById(id);
    if (found.isEmpty()) return false;
    workflow.perform(found.get(), action, actor, null);
    found.get().touch(actor, clock.instant());
    return true;
  }

  /** Grants whose attachments include the media file. */
  @Transactional(readOnly = true)
  public List<Grant> usingMedia(long mediaId) {
    return repository.findUsingMedia("%," + mediaId + ",%");
  }

  /** Saves imported grants in batches; see {@link jp.yamaguchi.katsudo.grant.GrantImport}. */
  public int importAll(List<ImportedGrant> grants, String actor) {
    Instant now = clock.instant();
    int n = 0;
    for (ImportedGrant in : grants) {
      Grant grant =
          new Grant(Origin.STAFF, actor, now, Review.imported(in.state(), now, actor, null));
      grant.change(
          clean(
              new GrantContent(
                  in.organizer(),
                  in.title(),
                  in.fields(),
                  in.area(),
                  in.purpose(),
                  in.amountText(),
                  in.amountMax(),
                  in.targetProjects(),
                  in.eligibility(),
                  in.periodFrom(),
                  in.periodTo(),
                  in.applicationMethod(),
                  in.contactName(),
                  in.contactPostalCode(),
                  in.contactAddress(),
                  in.contactPhone(),
                  in.contactFax(),
                  in.contactEmail(),
                  in.url(),
                  List.of())),
          actor,
          now);
      entityManager.persist(grant);
      workflow.imported(grant, actor, null);
      if (++n % 200 == 0) {
        entityManager.flush();
        entityManager.clear();
      }
    }
    events.publishEvent(new ContentChanged(Grant.CONTENT_TYPE, null));
    return n;
  }

  /** Trims texts, checks the rules no form can check alone, drops blank values. */
  private static GrantContent clean(GrantContent c) {
    String organizer = oneLine(c.organizer());
    String title = oneLine(c.title());
    if (organizer.isEmpty()) throw new BusinessException("e.grant.organizer.required");
    if (title.isEmpty()) throw new BusinessException("e.grant.title.required");
    if (c.periodTo() == null) throw new BusinessException("e.grant.periodTo.required");
    if (c.periodFrom() != null && c.periodFrom().isAfter(c.periodTo())) {
      throw new BusinessException("e.grant.period.order");
    }
    if (c.amountMax() != null && c.amountMax() < 0) {
      throw new BusinessException("e.grant.amountMax.negative");
    }
    String url = blank(oneLine(c.url()));
    if (url != null && !url.matches("https?://\\S+"))
      throw new BusinessException("e.grant.url.format");
    List<Long> attachments = c.attachmentIds() == null ? List.of() : c.attachmentIds();
    if (attachments.size() > Grant.MAX_ATTACHMENTS) {
      throw new BusinessException("e.grant.attachments.tooMany", Grant.MAX_ATTACHMENTS);
    }
    return new GrantContent(
        organizer,
        title,
        c.fields() == null ? List.of() : c.fields(),
        blank(c.area()),
        text(c.purpose()),
        blank(oneLine(c.amountText())),
        c.amountMax(),
        text(c.targetProjects()),
        text(c.eligibility()),
        c.periodFrom(),
        c.periodTo(),
        text(c.applicationMethod()),
        blank(oneLine(c.contactName())),
        blank(oneLine(c.contactPostalCode())),
        blank(oneLine(c.contactAddress())),
        blank(oneLine(c.contactPhone())),
        blank(oneLine(c.contactFax())),
        blank(oneLine(c.contactEmail())),
        url,
        attachments);
  }

  static String oneLine(String s) {
    return s == null ? "" : CONTROL.matcher(s).replaceAll(" ").strip();
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? null : s.strip().replace("\r\n", "\n");
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
