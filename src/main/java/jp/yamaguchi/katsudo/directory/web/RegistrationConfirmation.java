package jp.yamaguchi.katsudo.directory.web;

import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail-address confirmation of a public registration: {@link #request} mails the registrant a
 * single-use link; using it calls {@link #confirmed}, which submits the draft (仮登録) and sends the
 * browser to the next-steps page.
 */
@Component
public class RegistrationConfirmation {

  private final DirectoryEntries entries;

  RegistrationConfirmation(DirectoryEntries entries) {
    this.entries = entries;
  }

  /** Mails the confirmation link for a new draft entry. */
  void request(long entryId, String email, String name) {
    // wired to core.submission once it lands on main
  }

  /** The link was used: the draft becomes 仮登録 (mails follow from the review listener). */
  @Transactional
  public String confirmed(long contentId) {
    DirectoryEntry e = entries.get(contentId);
    if (e.getReview().state() != ReviewState.DRAFT) {
      throw new BusinessException("e.directory.register.alreadyConfirmed");
    }
    entries.submit(contentId, DirectoryEntries.PUBLIC_ACTOR);
    return RegistrationController.BASE + "/done/" + contentId;
  }
}
