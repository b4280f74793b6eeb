package jp.yamaguchi.katsudo.event.domain;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.yamaguchi.katsudo.core.audit.RevisionUserListener;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.lists.ListKey;
import jp.yamaguchi.katsudo.core.lists.Lists;
import jp.yamaguchi.katsudo.core.review.Review;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.review.ReviewWorkflow;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.PublicationChanged;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.submission.SubmissionConfirmations;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on events: staff write, change, review and delete them; the public posts them (a draft
 * until the submitter confirms the mail address, then 仮登録). The content rules live here (dates in
 * order, known list codes, http(s) URLs, existing attachments), so staff screens, the posting form
 * and imports obey the same rules.
 */
@Service
@Transactional
public class EventEditing {

  public static final int PAGE_SIZE = 20;

  /** Who the history names for an anonymous posting. */
  public static final String PUBLIC_ACTOR = "public";

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");
  private static final Pattern URL =
      Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

  private final EventItemRepository repository;
  private final ReviewWorkflow workflow;

  /** Lazily: the confirmations know every handler, this module's among them. */
  private final ObjectProvider<SubmissionConfirmations> confirmations;

  private final MessageSource messages;
  private final Lists lists;
  private final MediaLibrary media;
  private final ApplicationEventPublisher events;
  private final EntityManager entityManager;
  private final Clock clock;

  EventEditing(
      EventItemRepository repository,
      ReviewWorkflow workflow,
      ObjectProvider<SubmissionConfirmations> confirmations,
      MessageSource messages,
      Lists lists,
      MediaLibrary media,
      ApplicationEventPublisher events,
      EntityManager entityManager,
      Clock clock) {
    this.repository = repository;
    this.workflow = workflow;
    this.confirmations = confirmations;
    this.messages = messages;
    this.lists = lists;
    this.media = media;
    this.events = events;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public EventItem get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("event " + id));
  }

  @Transactional(readOnly = true)
  public Optional<EventItem> find(long id) {
    return repository.findById(id);
  }

  @Transactional(readOnly = true)
  public Page<EventItem> search(
      EventSearch search,
      ReviewState state,
      boolean unconfirmed,
      String sort,
      boolean ascending,
      int page) {
    return repository.findAll(
        search.admin(state, unconfirmed, sort, ascending),
        PageRequest.of(Math.max(0, page), PAGE_SIZE));
  }

  @Transactional(readOnly = true)
  public long count() {
    return repository.count();
  }

  @Transactional(readOnly = true)
  public long countInState(ReviewState state) {
    return repository.countByReviewState(state);
  }

  /** A new draft written by a staff member. */
  public EventItem create(EventContent content, String actor) {
    Instant now = clock.instant();
    EventItem item = new EventItem(EventOrigin.STAFF, actor, now, null);
    item.change(check(content), actor, now);
    repository.save(item);
    workflow.created(item, actor);
    return item;
  }

  /**
   * A posting from the public: kept as a draft (that staff do not review yet) until the submitter
   * confirms the mail address through the link mailed here; {@link #confirmPosting} then submits it
   * (仮登録).
   *
   * @throws BusinessException for bad content, or {@code e.submission.mail} when the link could not
   *     be mailed (nothing is kept then)
   */
  public EventItem post(EventContent content, String submitterName, String submitterEmail) {
    Instant now = clock.instant();
    EventItem item = new EventItem(EventOrigin.PUBLIC, PUBLIC_ACTOR, now, null);
    item.change(check(content), PUBLIC_ACTOR, now);
    String email = submitterEmail == null ? "" : submitterEmail.strip();
    item.submitter(oneLine(submitterName), email);
    repository.save(item);
    workflow.created(item, PUBLIC_ACTOR);
    String title =
        messages.getMessage(
            "event.post.confirmTitle", new Object[] {item.getTitle()}, Locale.JAPANESE);
    confirmations
        .getObject()
        .request(EventItem.CONTENT_TYPE, item.getId(), email, title, Site.SUPERNET);
    return item;
  }

  /**
   * The submitter confirmed the mail address of a posting: it becomes 仮登録 (PENDING) and the review
   * listeners mail the center and the submitter.
   *
   * @throws BusinessException {@code e.event.post.notConfirmable} when the posting is gone or not a
   *     draft any more
   */
  public EventItem confirmPosting(long id) {
    EventItem item =
        repository
            .findById(id)
            .orElseThrow(() -> new BusinessException("e.event.post.notConfirmable"));
    if (item.getOrigin() != EventOrigin.PUBLIC || item.review().state() != ReviewState.DRAFT) {
      throw new BusinessException("e.event.post.notConfirmable");
    }
    Instant now = clock.instant();
    item.confirmed(now);
    workflow.submit(item, PUBLIC_ACTOR);
    item.touch(PUBLIC_ACTOR, now);
    return item;
  }

  /**
   * Changes an event. {@code version} is the version the form was made from: when someone saved in
   * between, nothing changes and {@code e.event.conflict} asks to reload.
   */
  public EventItem update(long id, long version, EventContent content, String actor) {
    EventItem item = get(id);
    if (item.getVersion() != version) throw new BusinessException("e.event.conflict");
    item.change(check(content), actor, clock.instant());
    if (item.review().isPublic()) {
      events.publishEvent(new ContentChanged(EventItem.CONTENT_TYPE, id));
    }
    return item;
  }

  /** A review move made from the version the reviewer saw (null skips that check). */
  public ReviewState review(
      long id, Long version, ReviewAction action, String reason, String actor) {
    EventItem item = get(id);
    if (version != null && item.getVersion() != version) {
      throw new BusinessException("e.review.conflict");
    }
    ReviewState to = workflow.perform(item, action, actor, reason);
    item.touch(actor, clock.instant());
    return to;
  }

  /** Deletes an event; its audit revisions and review history stay. */
  public void delete(long id) {
    EventItem item = get(id);
    boolean wasPublic = item.review().isPublic();
    String label = item.getTitle() + " (deleted)";
    repository.delete(item);
    if (wasPublic) {
      events.publishEvent(new ContentChanged(EventItem.CONTENT_TYPE, id));
      events.publishEvent(
          new PublicationChanged(
              EventItem.CONTENT_TYPE, id, label, RevisionUserListener.currentUser(), false));
    }
  }

  /**
   * Deletes public postings that were never confirmed and were created before {@code before}.
   *
   * @return how many were deleted
   */
  public int deleteUnconfirmed(Instant before) {
    List<EventItem> stale =
        repository.findAll(
            (root, query, cb) ->
                cb.and(
                    cb.equal(root.get("origin"), EventOrigin.PUBLIC),
                    cb.equal(root.get("review").get("state"), ReviewState.DRAFT),
                    cb.isNull(root.get("confirmedAt")),
                    cb.lessThan(root.get("createdAt"), before)));
    repository.deleteAll(stale);
    return stale.size();
  }

  /**
   * Saves events brought in from elsewhere (demo data, the legacy migration) in the given states,
   * in batches; no mails and one page-cache eviction at the end.
   */
  public int importAll(List<ImportedEvent> items, String actor) {
    Instant now = clock.instant();
    int n = 0;
    for (ImportedEvent in : items) {
      Review review = Review.imported(in.state(), now, actor, null);
      EventItem item = new EventItem(EventOrigin.STAFF, actor, now, review);
      item.change(in.content(), actor, now);
      entityManager.persist(item);
      workflow.imported(item, actor, null);
      if (++n % 200 == 0) {
        entityManager.flush();
        entityManager.clear();
      }
    }
    entityManager.flush();
    entityManager.clear();
    events.publishEvent(new ContentChanged(EventItem.CONTENT_TYPE, null));
    return n;
  }

  /**
   * An event and the state it is brought in with.
   *
   * @param content what it says (not checked: legacy data may lack what became required later)
   * @param state its review state
   */
  public record ImportedEvent(EventContent content, ReviewState state) {}

  /**
   * Checks content without saving it (e.g. before a confirmation page).
   *
   * @throws BusinessException naming what is wrong
   */
  @Transactional(readOnly = true)
  public EventContent checkContent(EventContent content) {
    return check(content);
  }

  /** The content cleaned and checked; a {@link BusinessException} names what is wrong. */
  EventContent check(EventContent c) {
    if (c.kind() == null) throw new BusinessException("e.event.kind.required");
    String title = oneLine(c.title());
    if (title.isEmpty()) throw new BusinessException("e.event.title.required");
    if (title.length() > EventItem.MAX_TITLE) {
      throw new BusinessException("e.event.title.tooLong", EventItem.MAX_TITLE);
    }
    String organiser = oneLine(c.organiser());
    if (organiser.isEmpty()) throw new BusinessException("e.event.organiser.required");
    if (organiser.length() > EventItem.MAX_ORGANISER) {
      throw new BusinessException("e.event.organiser.tooLong", EventItem.MAX_ORGANISER);
    }
    if (c.startDate() == null) throw new BusinessException("e.event.startDate.required");
    var end = c.endDate() == null ? c.startDate() : c.endDate();
    if (end.isBefore(c.startDate())) throw new BusinessException("e.event.endDate.beforeStart");
    if (c.endTime() != null && c.startTime() == null) {
      throw new BusinessException("e.event.startTime.required");
    }
    if (c.startTime() != null
        && c.endTime() != null
        && end.equals(c.startDate())
        && !c.endTime().isAfter(c.startTime())) {
      throw new BusinessException("e.event.endTime.beforeStart");
    }
    if (c.applyFrom() != null && c.applyTo() != null && c.applyTo().isBefore(c.applyFrom())) {
      throw new BusinessException("e.event.applyTo.beforeFrom");
    }
    String body = text(c.body());
    if (body == null) throw new BusinessException("e.event.body.required");
    List<String> fields = codes(c.fields(), ListKey.ACTIVITY_FIELD, "e.event.fields.unknown");
    String area = blankToNull(c.targetArea());
    if (area != null && !known(ListKey.TARGET_AREA).contains(area)) {
      throw new BusinessException("e.event.targetArea.unknown");
    }
    List<String> municipalities =
        codes(c.municipalities(), ListKey.MUNICIPALITY, "e.event.municipalities.unknown");
    String url = blankToNull(c.url());
    if (url != null) {
      if (url.length() > EventItem.MAX_URL) {
        throw new BusinessException("e.event.url.tooLong", EventItem.MAX_URL);
      }
      if (!URL.matcher(url).matches()) throw new BusinessException("e.event.url.format");
    }
    List<Long> attachments = c.attachmentIds() == null ? List.of() : c.attachmentIds();
    attachments = attachments.stream().distinct().toList();
    if (attachments.size() > EventItem.MAX_ATTACHMENTS) {
      throw new BusinessException("e.event.attachments.tooMany", EventItem.MAX_ATTACHMENTS);
    }
    if (media.findAll(attachments).size() != attachments.size()) {
      throw new BusinessException("e.event.attachments.unknown");
    }
    return new EventContent(
        c.kind(),
        title,
        organiser,
        c.organisationId(),
        c.startDate(),
        end,
        c.startTime(),
        c.endTime(),
        limited(oneLineOrNull(c.dateText()), EventItem.MAX_DATE_TEXT, "e.event.dateText.tooLong"),
        limited(oneLineOrNull(c.venue()), EventItem.MAX_VENUE, "e.event.venue.tooLong"),
        limited(text(c.purpose()), EventItem.MAX_TEXT, "e.event.purpose.tooLong"),
        limited(body, EventItem.MAX_TEXT, "e.event.body.tooLong"),
        fields,
        area,
        municipalities,
        limited(oneLineOrNull(c.fee()), EventItem.MAX_SHORT, "e.event.fee.tooLong"),
        limited(oneLineOrNull(c.audience()), EventItem.MAX_SHORT, "e.event.audience.tooLong"),
        c.applyFrom(),
        c.applyTo(),
        limited(text(c.applyMethod()), EventItem.MAX_TEXT, "e.event.applyMethod.tooLong"),
        limited(text(c.contact()), EventItem.MAX_TEXT, "e.event.contact.tooLong"),
        limited(text(c.cosponsors()), EventItem.MAX_TEXT, "e.event.cosponsors.tooLong"),
        url,
        attachments);
  }

  private Set<String> known(ListKey key) {
    return lists.choices(key).stream().map(Choice::code).collect(Collectors.toSet());
  }

  private List<String> codes(List<String> codes, ListKey key, String error) {
    if (codes == null || codes.isEmpty()) return List.of();
    Set<String> known = known(key);
    List<String> out = new ArrayList<>();
    for (String code : codes) {
      if (code == null || code.isBlank()) continue;
      if (!known.contains(code)) throw new BusinessException(error);
      if (!out.contains(code)) out.add(code);
    }
    return out;
  }

  private static String limited(String s, int max, String error) {
    if (s != null && s.length() > max) throw new BusinessException(error, max);
    return s;
  }

  /** One line: line breaks and control characters become spaces. */
  static String oneLine(String s) {
    return s == null ? "" : CONTROL.matcher(s).replaceAll(" ").strip();
  }

  private static String oneLineOrNull(String s) {
    String v = oneLine(s);
    return v.isEmpty() ? null : v;
  }

  /** Multi-line text: normalised line breaks, stripped, null when blank. */
  static String text(String s) {
    if (s == null || s.isBlank()) return null;
    return s.strip().replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
