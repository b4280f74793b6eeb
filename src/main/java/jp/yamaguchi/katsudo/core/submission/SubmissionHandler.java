package jp.yamaguchi.katsudo.core.submission;

/**
 * Implemented by each module whose items the public submits without an account: told once when the
 * submitter has confirmed their mail address.
 */
public interface SubmissionHandler {

  /**
   * The content type this handler confirms, the same key the module passes to {@link
   * SubmissionConfirmations#request}.
   */
  String contentType();

  /**
   * Called once, inside the confirming transaction, typically to submit the item for review (仮登録).
   * A {@link jp.yamaguchi.katsudo.core.web.BusinessException} rolls the confirmation back and is
   * shown to the person with its message.
   *
   * @return the site-relative path the browser is sent to next, e.g. {@code
   *     /directory/register/done}
   */
  String confirmed(long contentId);
}
