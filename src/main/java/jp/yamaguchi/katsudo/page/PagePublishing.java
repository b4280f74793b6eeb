package jp.yamaguchi.katsudo.page;

import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.audit.RevisionUserListener;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.PublicationChanged;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.page.domain.BlockRules;
import jp.yamaguchi.katsudo.page.domain.Page;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a page's working copy and taking a page down. Records who and when (on the page and in
 * its revision) and announces the change, so caches and navigation follow at once, and the audit
 * log records it ({@link PublicationChanged}).
 */
@Service
@Transactional
public class PagePublishing {

  private final PageRepository repository;
  private final BlockRules rules;
  private final ApplicationEventPublisher events;
  private final java.time.Clock clock;

  public PagePublishing(
      PageRepository repository,
      BlockRules rules,
      ApplicationEventPublisher events,
      java.time.Clock clock) {
    this.repository = repository;
    this.rules = rules;
    this.events = events;
    this.clock = clock;
  }

  /** Makes the working copy public. Refused while the working copy has problems. */
  public void publish(long id) {
    Page page = get(id);
    List<PageProblem> problems = new ArrayList<>(rules.check(page.blocks()));
    if (page.getTitle() == null || page.getTitle().isBlank()) {
      problems.add(new PageProblem("title", "e.page.title.required"));
    }
    if (!problems.isEmpty()) throw new PageInvalidException(problems);
    String actor = RevisionUserListener.currentUser();
    page.publish(clock.instant(), actor);
    events.publishEvent(new ContentChanged("page", id));
    events.publishEvent(new PublicationChanged("page", id, label(page), actor, true));
  }

  /** Takes a published page down; its path then answers 404. */
  public void unpublish(long id) {
    Page page = get(id);
    if (!page.getState().visible()) throw new BusinessException("e.page.notPublished");
    String actor = RevisionUserListener.currentUser();
    page.unpublish(clock.instant(), actor);
    events.publishEvent(new ContentChanged("page", id));
    events.publishEvent(new PublicationChanged("page", id, label(page), actor, false));
  }

  private static String label(Page page) {
    return page.publicPath() + " " + page.getTitle();
  }

  private Page get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("page " + id));
  }
}
