package jp.yamaguchi.katsudo.news.domain;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.audit.RevisionUserListener;
import jp.yamaguchi.katsudo.core.content.HtmlSanitizer;
import jp.yamaguchi.katsudo.core.review.Review;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.review.ReviewWorkflow;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.PublicationChanged;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.news.ImportedNews;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The staff's work on news items: write, change, review, delete. The rules live here: the body is
 * sanitized, センターからのお知らせ exists only on Supernet, a change made on an outdated copy is refused, and
 * every review move goes through the {@link ReviewWorkflow}.
 */
@Service
@Transactional
public class NewsEditing {

  public static final int PAGE_SIZE = 20;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

  private final NewsItemRepository repository;
  private final ReviewWorkflow workflow;
  private final HtmlSanitizer sanitizer;
  private final ApplicationEventPublisher events;
  private final EntityManager entityManager;
  private final Clock clock;

  NewsEditing(
      NewsItemRepository repository,
      ReviewWorkflow workflow,
      HtmlSanitizer sanitizer,
      ApplicationEventPublisher events,
      EntityManager entityManager,
      Clock clock) {
    this.repository = repository;
    this.workflow = workflow;
    this.sanitizer = sanitizer;
    this.events = events;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public NewsItem get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("news " + id));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<NewsItem> find(long id) {
    return repository.findById(id);
  }

  @Transactional(readOnly = true)
  public Page<NewsItem> search(NewsSearch search, int page) {
    return repository.findAll(search.specification(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
  }

  @Transactional(readOnly = true)
  public long count() {
    return repository.count();
  }

  @Transactional(readOnly = true)
  public long countInState(ReviewState state) {
    return repository.countByReviewState(state);
  }

  /** A new draft written by {@code actor}, who becomes its author. */
  public NewsItem create(NewsContent content, String actor) {
    Instant now = clock.instant();
    NewsItem item = new NewsItem(actor, now);
    apply(item, content, actor, now);
    repository.save(item);
    workflow.created(item, actor);
    return item;
  }

  /**
   * Changes an item. {@code version} is the version the editor's form was made from: when someone
   * saved in between, nothing changes and {@code e.news.conflict} asks to reload.
   */
  public NewsItem update(long id, long version, NewsContent content, String actor) {
    NewsItem item = get(id);
    if (item.getVersion() != version) throw new BusinessException("e.news.conflict");
    apply(item, content, actor, clock.instant());
    if (item.review().isPublic())
      events.publishEvent(new ContentChanged(NewsItem.CONTENT_TYPE, id));
    return item;
  }

  /**
   * A review move ({@link ReviewAction}) on an item, made from the version {@code version} the
   * reviewer saw (null skips that check).
   */
  public ReviewState review(
      long id, Long version, ReviewAction action, String reason, String actor) {
    NewsItem item = get(id);
    if (version != null && item.getVersion() != version) {
      throw new BusinessException("e.review.conflict");
    }
    ReviewState to = workflow.perform(item, action, actor, reason);
    item.touch(actor, clock.instant());
    return to;
  }

  /**
   * Deletes an item; its audit revisions and review history stay. Deleting a public item takes it
   * off the site outside the review workflow, so it is announced as an unpublish for the audit log
   * ({@link PublicationChanged}).
   */
  public void delete(long id) {
    NewsItem item = get(id);
    boolean wasPublic = item.review().isPublic();
    String label = item.getTitle() + " (deleted)";
    repository.delete(item);
    if (wasPublic) {
      events.publishEvent(new ContentChanged(NewsItem.CONTENT_TYPE, id));
      events.publishEvent(
          new PublicationChanged(
              NewsItem.CONTENT_TYPE, id, label, RevisionUserListener.currentUser(), false));
    }
  }

  /** Saves imported items in batches; see {@link jp.yamaguchi.katsudo.news.NewsImport}. */
  public int importAll(List<ImportedNews> items, String actor) {
    Instant now = clock.instant();
    int n = 0;
    for (ImportedNews in : items) {
      Review review = Review.imported(in.state(), now, actor, in.returnReason());
      NewsItem item = new NewsItem(in.author(), now, review);
      apply(
          item,
          new NewsContent(in.site(), in.kind(), in.title(), in.html(), in.publishedOn()),
          actor,
          now);
      entityManager.persist(item);
      workflow.imported(item, actor, null);
      if (++n % 100 == 0) {
        entityManager.flush();
        entityManager.clear();
      }
    }
    events.publishEvent(new ContentChanged(NewsItem.CONTENT_TYPE, null));
    return n;
  }

  private void apply(NewsItem item, NewsContent c, String actor, Instant now) {
    Objects.requireNonNull(c.site(), "site");
    Objects.requireNonNull(c.kind(), "kind");
    Objects.requireNonNull(c.publishedOn(), "publishedOn");
    if (!c.kind().allowedOn(c.site())) throw new BusinessException("e.news.kind.site");
    String title = oneLine(c.title());
    if (title.isEmpty()) throw new BusinessException("e.news.title.required");
    if (title.length() > NewsItem.MAX_TITLE) {
      throw new BusinessException("e.news.title.tooLong", NewsItem.MAX_TITLE);
    }
    String body = bodyHtml(c.body());
    if (visibleText(body).isEmpty()) throw new BusinessException("e.news.body.empty");
    item.change(c.site(), c.kind(), title, body, c.publishedOn(), actor, now);
  }

  /** A title on one line: line breaks and control characters become spaces. */
  static String oneLine(String s) {
    return s == null ? "" : CONTROL.matcher(s).replaceAll(" ").strip();
  }

  /**
   * The body as safe HTML. Text without any tag is taken as plain text: blank lines separate
   * paragraphs and single line breaks are kept. Then only the sanitizer's whitelist survives.
   */
  String bodyHtml(String input) {
    return sanitizer.clean(input == null ? "" : input.strip());
  }

  private static String visibleText(String html) {
    return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", "")).replace('\u00a0', ' ').strip();
  }
}
