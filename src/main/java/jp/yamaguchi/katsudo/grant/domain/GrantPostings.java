package jp.yamaguchi.katsudo.grant.domain;

import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.submission.SubmissionConfirmations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public posting of grants (掲載登録): the posting is saved as a draft staff do not see and the
 * submitter gets a confirmation link; pressing its button makes the posting 仮登録 ({@link
 * GrantSubmissionHandler}, a bean of its own since the confirmations service collects every
 * handler).
 */
@Service
public class GrantPostings {

  private final GrantEditing editing;
  private final SubmissionConfirmations confirmations;
  private final MessageSource messages;

  GrantPostings(
      GrantEditing editing, SubmissionConfirmations confirmations, MessageSource messages) {
    this.editing = editing;
    this.confirmations = confirmations;
    this.messages = messages;
  }

  /**
   * Saves the posting and mails the confirmation link, in one transaction: when the mail server
   * refuses, nothing is kept ({@code e.submission.mail}).
   */
  @Transactional
  public Grant post(GrantContent content, String submitterName, String submitterEmail) {
    Grant grant = editing.post(content, submitterName, submitterEmail);
    confirmations.request(
        Grant.CONTENT_TYPE,
        grant.getId(),
        submitterEmail,
        messages.getMessage(
            "grant.post.confirmTitle",
            new Object[] {grant.getTitle()},
            LocaleContextHolder.getLocale()),
        Site.SUPERNET);
    return grant;
  }
}
