package jp.yamaguchi.katsudo.grant.domain;

import jp.yamaguchi.katsudo.core.submission.SubmissionHandler;
import org.springframework.stereotype.Component;

/** The submitter of a grant posting confirmed the mail address: the posting becomes 仮登録. */
@Component
class GrantSubmissionHandler implements SubmissionHandler {

  private final GrantEditing editing;

  GrantSubmissionHandler(GrantEditing editing) {
    this.editing = editing;
  }

  @Override
  public String contentType() {
    return Grant.CONTENT_TYPE;
  }

  @Override
  public String confirmed(long contentId) {
    editing.confirm(contentId);
    return "/grants/post/thanks";
  }
}
