package jp.yamaguchi.katsudo.directory.web;

import java.util.Locale;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.submission.SubmissionConfirmations;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.domain.DirectoryContent;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 送信 of a public registration: keeps the entry as a draft (not in the review queue) and mails the
 * registrant the single-use confirmation link (core.submission) in the same transaction; {@link
 * RegistrationConfirmation} takes over when the link is used.
 */
@Component
class RegistrationSending {

  private final DirectoryEntries entries;
  private final SubmissionConfirmations confirmations;
  private final MessageSource messages;

  RegistrationSending(
      DirectoryEntries entries, SubmissionConfirmations confirmations, MessageSource messages) {
    this.entries = entries;
    this.confirmations = confirmations;
    this.messages = messages;
  }

  /**
   * Saves the registration as a draft and mails the confirmation link. When the mail cannot be
   * sent, a {@link BusinessException} ({@code e.submission.mail}) rolls everything back.
   */
  @Transactional
  public long send(DirectoryContent content) {
    long id = entries.createDraft(content, DirectoryEntries.PUBLIC_ACTOR);
    String title =
        messages.getMessage(
            "directory.register.confirmTitle",
            new Object[] {
              messages.getMessage("directory.kind." + content.kind().name(), null, Locale.JAPANESE),
              content.name()
            },
            Locale.JAPANESE);
    confirmations.request(
        DirectoryEntry.CONTENT_TYPE, id, content.registrantEmail(), title, Site.SUPERNET);
    return id;
  }
}
