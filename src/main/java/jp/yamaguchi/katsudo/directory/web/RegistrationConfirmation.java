package jp.yamaguchi.katsudo.directory.web;

import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.submission.SubmissionHandler;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confirmed side of a public registration's mail-address check (core.submission's handler for
 * "directory"): using the mailed link calls {@link #confirmed}, which submits the draft (仮登録, whose
 * event sends the mails to the center and the registrant) and sends the browser to the next-steps
 * page. The link itself is requested by {@link RegistrationSending}.
 */
@Component
public class RegistrationConfirmation implements SubmissionHandler {

  private final DirectoryEntries entries;

  RegistrationConfirmation(DirectoryEntries entries) {
    this.entries = entries;
  }

  @Override
  public String contentType() {
    return DirectoryEntry.CONTENT_TYPE;
  }

  /** The link was used: the draft becomes 仮登録 (mails follow from the review listener). */
  @Override
  @Transactional
  public String confirmed(long contentId) {
    DirectoryEntry e =
        entries
            .find(contentId)
            .orElseThrow(() -> new BusinessException("e.directory.register.gone"));
    if (e.getReview().state() != ReviewState.DRAFT) {
      throw new BusinessException("e.directory.register.alreadyConfirmed");
    }
    entries.submit(contentId, DirectoryEntries.PUBLIC_ACTOR);
    return RegistrationController.BASE + "/done/" + contentId;
  }
}
