package jp.yamaguchi.katsudo.news.domain;

import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.core.review.ScheduledReviewTarget;
import org.springframework.stereotype.Component;

/** Scheduled publishing and expiry of news items: the same review move as the staff's button. */
@Component
class NewsScheduleTarget implements ScheduledReviewTarget {

  private final NewsEditing editing;

  NewsScheduleTarget(NewsEditing editing) {
    this.editing = editing;
  }

  @Override
  public String contentType() {
    return NewsItem.CONTENT_TYPE;
  }

  @Override
  public boolean perform(long id, ReviewAction action, String actor) {
    if (editing.find(id).isEmpty()) return false;
    editing.review(id, null, action, null, actor);
    return true;
  }

  @Override
  public String adminPath(long id) {
    return "/admin/news/" + id;
  }
}
