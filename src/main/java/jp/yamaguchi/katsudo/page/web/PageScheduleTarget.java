package jp.yamaguchi.katsudo.page.web;

import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ScheduledReviewTarget;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.page.PagePublishing;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import org.springframework.stereotype.Component;

/**
 * Scheduled publishing and expiry of fixed pages: publishing makes the working copy as saved at
 * that time public (refused while it has problems), unpublishing takes the page down.
 */
@Component
class PageScheduleTarget implements ScheduledReviewTarget {

  static final String CONTENT_TYPE = "page";

  private final PageRepository repository;
  private final PagePublishing publishing;

  PageScheduleTarget(PageRepository repository, PagePublishing publishing) {
    this.repository = repository;
    this.publishing = publishing;
  }

  @Override
  public String contentType() {
    return CONTENT_TYPE;
  }

  @Override
  public boolean perform(long id, ReviewAction action, String actor) {
    if (!repository.existsById(id)) return false;
    switch (action) {
      case PUBLISH -> publishing.publish(id);
      case UNPUBLISH -> publishing.unpublish(id);
      default -> throw new BusinessException("e.schedule.noTarget", action.name());
    }
    return true;
  }

  @Override
  public String adminPath(long id) {
    return "/admin/pages/" + id;
  }
}
