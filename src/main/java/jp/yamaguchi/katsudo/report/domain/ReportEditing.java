package jp.yamaguchi.katsudo.report.domain;

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
import jp.yamaguchi.katsudo.report.ImportedReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on activity reports: staff write, change, review and delete them; the public posts them
 * (a draft until the submitter confirms the mail address, then 仮登録). Review moves go through the
 * {@link ReviewWorkflow}; a change made on an outdated copy is refused.
 */
@Service
@Transactional
public class ReportEditing {

  public static final int PAGE_SIZE = 20;
  public static final String PUBLIC_ACTOR = "public";
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

  private final ReportRepository repository;
  private final ReviewWorkflow workflow;
  private final ApplicationEventPublisher events;
  private final EntityManager entityManager;
  private final Clock clock;

  ReportEditing(
      ReportRepository repository,
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
  public ActivityReport get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("report " + id));
  }

  @Transactional(readOnly = true)
  public Optional<ActivityReport> find(long id) {
    return repository.findById(id);
  }

  @Transactional(readOnly = true)
  public Optional<ActivityReport> findPublished(long id) {
    return repository.findById(id).filter(r -> r.review().isPublic());
  }

  @Transactional(readOnly = true)
  public Page<ActivityReport> search(ReportSearch search, int page) {
    return repository.findAll(search.specification(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
  }

  @Transactional(readOnly = true)
  public long count() {
    return repository.count();
  }

  @Transactional(readOnly = true)
  public long countInState(ReviewState state) {
    return repository.countVisibleToStaff(state, Origin.PUBLIC);
  }

  @Transactional(readOnly = true)
  public List<ReportSitemapRow> sitemapRows() {
    return repository.findSitemapRows(ReviewState.PUBLISHED);
  }

  public ActivityReport create(ReportContent content, String actor) {
    Instant now = clock.instant();
    ActivityReport report = new ActivityReport(Origin.STAFF, actor, now);
    report.change(clean(content), actor, now);
    repository.save(report);
    workflow.created(report, actor);
    return report;
  }

  public ActivityReport update(long id, long version, ReportContent content, String actor) {
    ActivityReport report = get(id);
    if (report.getVersion() != version) throw new BusinessException("e.report.conflict");
    report.change(clean(content), actor, clock.instant());
    if (report.review().isPublic()) {
      events.publishEvent(new ContentChanged(ActivityReport.CONTENT_TYPE, id));
    }
    return report;
  }

  public ReviewState review(
      long id, Long version, ReviewAction action, String reason, String actor) {
    ActivityReport report = get(id);
    if (version != null && report.getVersion() != version) {
      throw new BusinessException("e.review.conflict");
    }
    if (report.isUnconfirmedPosting()) throw new BusinessException("e.report.unconfirmed");
    ReviewState to = workflow.perform(report, action, actor, reason);
    report.touch(actor, clock.instant());
    return to;
  }

  public void delete(long id) {
    ActivityReport report = get(id);
    boolean wasPublic = report.review().isPublic();
    String label = report.getTitle() + " (deleted)";
    repository.delete(report);
    if (wasPublic) {
      events.publishEvent(new ContentChanged(ActivityReport.CONTENT_TYPE, id));
      events.publishEvent(
          new PublicationChanged(
              ActivityReport.CONTENT_TYPE, id, label, RevisionUserListener.currentUser(), false));
    }
  }

  /** A report posted by the public: a draft staff do not see until {@link #confirm}. */
  public ActivityReport post(ReportContent content, String submitterName, String submitterEmail) {
    Instant now = clock.instant();
    ActivityReport report = new ActivityReport(Origin.PUBLIC, PUBLIC_ACTOR, now);
    report.change(clean(content), PUBLIC_ACTOR, now);
    report.submitter(oneLine(submitterName), submitterEmail.strip());
    repository.save(report);
    workflow.created(report, PUBLIC_ACTOR);
    return report;
  }

  /** The submitter confirmed the address: 仮登録 (the listener mails the center and submitter). */
  public ActivityReport confirm(long id) {
    ActivityReport report =
        repository.findById(id).orElseThrow(() -> new BusinessException("e.report.post.gone"));
    if (!report.isUnconfirmedPosting() || report.review().state() != ReviewState.DRAFT) {
      throw new BusinessException("e.report.post.confirmedBefore");
    }
    report.confirmed(clock.instant());
    workflow.submit(report, PUBLIC_ACTOR);
    return report;
  }

  public int deleteStaleUnconfirmed(Instant before) {
    List<Long> ids = repository.findStaleUnconfirmed(Origin.PUBLIC, before);
    repository.deleteAllById(ids);
    return ids.size();
  }

  public boolean performScheduled(long id, ReviewAction action, String actor) {
    Optional<ActivityReport> found = repository.findById(id);
    if (found.isEmpty()) return false;
    workflow.perform(found.get(), action, actor, null);
    found.get().touch(actor, clock.instant());
    return true;
  }

  @Transactional(readOnly = true)
  public List<ActivityReport> usingMedia(long mediaId) {
    return repository.findUsingMedia("%," + mediaId + ",%");
  }

  public int importAll(List<ImportedReport> reports, String actor) {
    Instant now = clock.instant();
    int n = 0;
    for (ImportedReport in : reports) {
      ActivityReport report =
          new ActivityReport(
              Origin.STAFF, actor, now, Review.imported(in.state(), now, actor, null));
      report.change(
          clean(
              new ReportContent(
                  in.title(),
                  in.body(),
                  in.orgName(),
                  in.orgNameKana(),
                  in.heldOn(),
                  in.heldTime(),
                  in.place(),
                  in.participants(),
                  in.relatedGroups(),
                  List.of(),
                  in.url(),
                  in.photoIds())),
          actor,
          now);
      entityManager.persist(report);
      workflow.imported(report, actor, null);
      if (++n % 100 == 0) {
        entityManager.flush();
        entityManager.clear();
      }
    }
    events.publishEvent(new ContentChanged(ActivityReport.CONTENT_TYPE, null));
    return n;
  }

  private static ReportContent clean(ReportContent c) {
    String title = oneLine(c.title());
    String orgName = oneLine(c.orgName());
    String body = c.body() == null ? "" : c.body().strip().replace("\r\n", "\n");
    if (title.isEmpty()) throw new BusinessException("e.report.title.required");
    if (body.isEmpty()) throw new BusinessException("e.report.body.required");
    if (orgName.isEmpty()) throw new BusinessException("e.report.orgName.required");
    String url = blank(oneLine(c.url()));
    if (url != null && !url.matches("https?://\\S+"))
      throw new BusinessException("e.report.url.format");
    List<Long> photos = c.photoIds() == null ? List.of() : c.photoIds();
    if (photos.size() > ActivityReport.MAX_PHOTOS) {
      throw new BusinessException("e.report.photos.tooMany", ActivityReport.MAX_PHOTOS);
    }
    return new ReportContent(
        title,
        body,
        orgName,
        blank(oneLine(c.orgNameKana())),
        c.heldOn(),
        blank(oneLine(c.heldTime())),
        blank(oneLine(c.place())),
        blank(oneLine(c.participants())),
        c.relatedGroups() == null || c.relatedGroups().isBlank()
            ? null
            : c.relatedGroups().strip().replace("\r\n", "\n"),
        c.relatedOrgIds() == null ? List.of() : c.relatedOrgIds(),
        url,
        photos);
  }

  static String oneLine(String s) {
    return s == null ? "" : CONTROL.matcher(s).replaceAll(" ").strip();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
