package jp.yamaguchi.katsudo.directory.changes;

import jp.yamaguchi.katsudo.core.submission.SubmissionHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The registrant pressed the button of the mailed link: the change request now waits for staff
 * ({@link ChangeRequests#confirmed}, which tells the center) and the browser goes to the 受け付けました
 * page. ({@code @Lazy}: the shared confirmation service needs the handlers, and the change requests
 * need the confirmation service.)
 */
@Component
class ChangeRequestSubmissionHandler implements SubmissionHandler {

  static final String THANKS = "/directory/changes/thanks";

  private final ChangeRequests changes;

  ChangeRequestSubmissionHandler(@Lazy ChangeRequests changes) {
    this.changes = changes;
  }

  @Override
  public String contentType() {
    return RegistrantConfirmation.CONTENT_TYPE;
  }

  @Override
  public String confirmed(long contentId) {
    changes.confirmed(contentId);
    return THANKS;
  }
}
