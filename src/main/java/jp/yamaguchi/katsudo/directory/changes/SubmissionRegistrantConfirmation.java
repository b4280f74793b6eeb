package jp.yamaguchi.katsudo.directory.changes;

import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.submission.SubmissionConfirmations;
import org.springframework.stereotype.Component;

/**
 * The registrant's confirmation of a public change request through the shared public-submission
 * confirmation (core.submission): the link goes to the entry's registered 登録担当者 address; pressing
 * its button runs {@link ChangeRequestSubmissionHandler}.
 */
@Component
class SubmissionRegistrantConfirmation implements RegistrantConfirmation {

  private final SubmissionConfirmations confirmations;

  SubmissionRegistrantConfirmation(SubmissionConfirmations confirmations) {
    this.confirmations = confirmations;
  }

  @Override
  public void request(long changeId, String email, String title) {
    confirmations.request(CONTENT_TYPE, changeId, email, title, Site.SUPERNET);
  }
}
