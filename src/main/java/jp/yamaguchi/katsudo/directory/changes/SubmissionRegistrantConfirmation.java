package jp.yamaguchi.katsudo.directory.changes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The registrant's confirmation of a public change request through the shared public-submission
 * confirmation (core.submission). TEMPORARY until core.submission lands on main: logs only.
 */
@Component
class SubmissionRegistrantConfirmation implements RegistrantConfirmation {

  private static final Logger log = LoggerFactory.getLogger(SubmissionRegistrantConfirmation.class);

  @Override
  public void request(long changeId, String email, String title) {
    log.warn("change request {}: confirmation mail not wired yet", changeId);
  }
}
