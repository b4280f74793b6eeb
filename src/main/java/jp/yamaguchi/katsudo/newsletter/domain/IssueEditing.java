package jp.yamaguchi.katsudo.newsletter.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import jp.yamaguchi.katsudo.core.web.Like;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.newsletter.ImportedIssue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's work on back numbers and what the public sees. Rules: the issue number is unique and
 * positive, the title is one line, the body is kept as the plain text that was mailed (line breaks
 * as they are, nothing interpreted as HTML), a change on an outdated copy is refused, and every
 * review move goes through the {@link ReviewWorkflow}.
 */
@Service
@Transactional
public class IssueEditing {

  public static final int PAGE_SIZE = 20;
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

  private final IssueRepository repository;
  private final ReviewWorkflow workflow;
  private final ApplicationEventPublisher events;
  private final EntityManager entityManager;
  private final Clock clock;

  IssueEditing(
      IssueRepository repository,
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

  // --- staff ---------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Issue get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("issue " + id));
  }

  @Transactional(readOnly = true)
  public Optional<Issue> find(long id) {
    return repository.findById(id);
  }

  @Transactional(readOnly = true)
  public long count() {
    return repository.count();
  }

  @Transactional(readOnly = true)
  public long countInState(ReviewState state) {
    return repository.countByReviewState(state);
  }

  /** The next free issue number, for a new issue's form. */
  @Transactional(readOnly = true)
  public int nextNumber() {
    Integer max = repository.maxIssueNumber();
    return max == null ? 1 : max + 1;
  }

  /** The admin list: newest number first, optionally one state and words of the title. */
  @Transactional(readOnly = true)
  public Page<Issue> search(ReviewState state, String words, int page) {
    Specification<Issue> spec =
        (root, query, cb) -> {
          List<Predicate> where = new ArrayList<>();
          if (state != null) where.add(cb.equal(root.get("review").get("state"), state));
          if (words != null) {
            for (String w : words.strip().split("[\\s\u3000]+")) {
              if (w.isEmpty()) continue;
              where.add(cb.like(cb.lower(root.get("title")), Like.containsLower(w), Like.ESCAPE));
            }
          }
          return cb.and(where.toArray(Predicate[]::new));
        };
    return repository.findAll(
        spec,
        PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "issueNumber")));
  }

  /** A new draft written by {@code actor}, who becomes its author. */
  public Issue create(IssueContent content, String actor) {
    Instant now = clock.instant();
    Issue issue = new Issue(actor, now);
    apply(issue, content, actor, now);
    try {
      repository.saveAndFlush(issue);
    } catch (DataIntegrityViolationException e) {
      throw new BusinessException("e.newsletter.number.taken");
    }
    workflow.created(issue, actor);
    return issue;
  }

  /** Changes an issue made from {@code version}; refused with {@code e.newsletter.conflict}. */
  public Issue update(long id, long version, IssueContent content, String actor) {
    Issue issue = get(id);
    if (issue.getVersion() != version) throw new BusinessException("e.newsletter.conflict");
    apply(issue, content, actor, clock.instant());
    try {
      repository.flush();
    } catch (DataIntegrityViolationException e) {
      throw new BusinessException("e.newsletter.number.taken");
    }
    if (issue.review().isPublic()) events.publishEvent(new ContentChanged(Issue.CONTENT_TYPE, id));
    return issue;
  }

  public ReviewState review(
      long id, Long version, ReviewAction action, String reason, String actor) {
    Issue issue = get(id);
    if (version != null && issue.getVersion() != version) {
      throw new BusinessException("e.review.conflict");
    }
    ReviewState to = workflow.perform(issue, action, actor, reason);
    issue.touch(actor, clock.instant());
    return to;
  }

  /** Deletes an issue; its revisions and review history stay. */
  public void delete(long id) {
    Issue issue = get(id);
    boolean wasPublic = issue.review().isPublic();
    String label = issue.getTitle() + " (deleted)";
    repository.delete(issue);
    if (wasPublic) {
      events.publishEvent(new ContentChanged(Issue.CONTENT_TYPE, id));
      events.publishEvent(
          new PublicationChanged(
              Issue.CONTENT_TYPE, id, label, RevisionUserListener.currentUser(), false));
    }
  }

  /** Saves imported issues in batches; see {@link jp.yamaguchi.katsudo.newsletter.Newsletters}. */
  public int importAll(List<ImportedIssue> issues, String actor) {
    Instant now = clock.instant();
    int n = 0;
    for (ImportedIssue in : issues) {
      Review review = Review.imported(in.state(), now, actor, null);
      Issue issue = new Issue(in.author(), now, review, in.legacyId());
      apply(
          issue,
          new IssueContent(in.issueNumber(), in.title(), in.body(), in.publishedOn()),
          actor,
          now);
      entityManager.persist(issue);
      workflow.imported(issue, actor, null);
      if (++n % 100 == 0) {
        entityManager.flush();
        entityManager.clear();
      }
    }
    events.publishEvent(new ContentChanged(Issue.CONTENT_TYPE, null));
    return n;
  }

  private void apply(Issue issue, IssueContent c, String actor, Instant now) {
    if (c.issueNumber() == null) throw new BusinessException("e.newsletter.number.required");
    if (c.issueNumber() < 1) throw new BusinessException("e.newsletter.number.positive");
    Optional<Issue> other = repository.findByIssueNumber(c.issueNumber());
    if (other.isPresent() && !other.get().getId().equals(issue.getId())) {
      throw new BusinessException("e.newsletter.number.taken");
    }
    String title = c.title() == null ? "" : CONTROL.matcher(c.title()).replaceAll(" ").strip();
    if (title.isEmpty()) throw new BusinessException("e.newsletter.title.required");
    if (title.length() > Issue.MAX_TITLE) {
      throw new BusinessException("e.newsletter.title.size", Issue.MAX_TITLE);
    }
    String body = body(c.body());
    if (body.isEmpty()) throw new BusinessException("e.newsletter.body.required");
    if (body.length() > Issue.MAX_BODY) {
      throw new BusinessException("e.newsletter.body.size", Issue.MAX_BODY);
    }
    if (c.publishedOn() == null) throw new BusinessException("e.newsletter.publishedOn.required");
    issue.change(c.issueNumber(), title, body, c.publishedOn(), actor, now);
  }

  /** The plain text with \n line breaks, without other control characters or trailing blanks. */
  static String body(String s) {
    if (s == null) return "";
    String v = s.replace("\r\n", "\n").replace('\r', '\n');
    v = v.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    return v.stripTrailing().replaceFirst("^\\n+", "");
  }

  // --- public --------------------------------------------------------------------------------

  /** One page (0-based) of published issues, all years or one. */
  @Transactional(readOnly = true)
  public Page<Issue> published(Integer year, int page) {
    LocalDate from = year == null ? EARLIEST : LocalDate.of(year, 1, 1);
    LocalDate to = year == null ? LATEST : LocalDate.of(year, 12, 31);
    return repository.findPublished(
        ReviewState.PUBLISHED, from, to, PageRequest.of(Math.max(0, page), PAGE_SIZE));
  }

  /** The years with published issues, newest first: {year, count}. */
  @Transactional(readOnly = true)
  public List<IssueYear> years() {
    return repository.countByYear(ReviewState.PUBLISHED).stream()
        .map(r -> new IssueYear(((Number) r[0]).intValue(), ((Number) r[1]).longValue()))
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<Issue> findPublished(long id) {
    return repository.findById(id).filter(i -> i.review().isPublic());
  }

  /** The published issue the old system had under this post ID. */
  @Transactional(readOnly = true)
  public Optional<Issue> findPublishedByLegacyId(long legacyId) {
    return repository.findByLegacyId(legacyId).filter(i -> i.review().isPublic());
  }

  @Transactional(readOnly = true)
  public List<Object[]> sitemapRows() {
    return repository.findSitemapRows(ReviewState.PUBLISHED);
  }
}
