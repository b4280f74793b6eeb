package jp.yamaguchi.katsudo.report.domain;

import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.submission.SubmissionConfirmations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public posting of activity reports: saved as a draft staff do not see, and the confirmation link
 * mailed in the same transaction ({@link ReportSubmissionHandler} handles the confirmation).
 */
@Service
public class ReportPostings {

  private final ReportEditing editing;
  private final SubmissionConfirmations confirmations;
  private final MessageSource messages;

  ReportPostings(
      ReportEditing editing, SubmissionConfirmations confirmations, MessageSource messages) {
    this.editing = editing;
    this.confirmations = confirmations;
    this.messages = messages;
  }

  @Transactional
  public ActivityReport post(ReportContent content, String submitterName, String submitterEmail) {
    ActivityReport report = editing.post(content, submitterName, submitterEmail);
    confirmations.request(
        ActivityReport.CONTENT_TYPE,
        report.getId(),
        submitterEmail,
        messages.getMessage(
            "report.post.confirmTitle",
            new Object[] {report.getTitle()},
            LocaleContextHolder.getLocale()),
        Site.SUPERNET);
    return report;
  }
}
