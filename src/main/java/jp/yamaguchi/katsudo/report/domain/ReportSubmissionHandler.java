package jp.yamaguchi.katsudo.report.domain;

import jp.yamaguchi.katsudo.core.submission.SubmissionHandler;
import org.springframework.stereotype.Component;

/** The submitter of a report posting confirmed the mail address: the posting becomes 仮登録. */
@Component
class ReportSubmissionHandler implements SubmissionHandler {

  private final ReportEditing editing;

  ReportSubmissionHandler(ReportEditing editing) {
    this.editing = editing;
  }

  @Override
  public String contentType() {
    return ActivityReport.CONTENT_TYPE;
  }

  @Override
  public String confirmed(long contentId) {
    editing.confirm(contentId);
    return "/reports/post/thanks";
  }
}
