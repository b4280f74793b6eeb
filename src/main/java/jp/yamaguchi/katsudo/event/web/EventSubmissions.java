package jp.yamaguchi.katsudo.event.web;

import jp.yamaguchi.katsudo.core.submission.SubmissionHandler;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import org.springframework.stereotype.Component;

/**
 * The end of the mail-address confirmation of a public posting: the submitter pressed the button of
 * the mailed link, so the posting becomes 仮登録 (its ReviewSubmitted event mails the center and the
 * submitter) and the browser goes to the thank-you page.
 */
@Component
class EventSubmissions implements SubmissionHandler {

  private final EventEditing editing;

  EventSubmissions(EventEditing editing) {
    this.editing = editing;
  }

  @Override
  public String contentType() {
    return EventItem.CONTENT_TYPE;
  }

  @Override
  public String confirmed(long contentId) {
    editing.confirmPosting(contentId);
    return "/events/post/thanks";
  }
}
