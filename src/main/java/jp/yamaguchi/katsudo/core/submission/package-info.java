/**
 * Confirming the mail address of someone who submits content without an account (directory
 * registration, change requests, event, report and grant posting), before the item lands as 仮登録.
 *
 * <h2>Using it in a module</h2>
 *
 * <ol>
 *   <li>Save the submitted item as a draft that staff do not see in the review queue yet, keeping
 *       the submitter's address on the item (encrypted).
 *   <li>In the same transaction call {@link
 *       jp.yamaguchi.katsudo.core.submission.SubmissionConfirmations#request} with the module's
 *       content type, the id, the address and a title naming the item. The link is mailed before
 *       the transaction commits; when the mail server refuses, a {@code BusinessException} ({@code
 *       e.submission.mail}) rolls everything back and the form can show the message with the typed
 *       values.
 *   <li>Implement {@link jp.yamaguchi.katsudo.core.submission.SubmissionHandler} as a bean: when
 *       the person presses the button on the page the link opens ({@code /submission/confirm} or
 *       {@code /aikasanet/submission/confirm}), {@code confirmed(id)} runs once, in the confirming
 *       transaction — typically {@code ReviewWorkflow.submit} (仮登録), whose {@code ReviewSubmitted}
 *       event the module's listener turns into the mails to the center and the submitter — and
 *       names the page the browser goes to next.
 *   <li>That next page may check {@link
 *       jp.yamaguchi.katsudo.core.submission.SubmissionConfirmations#confirmedInSession} before
 *       offering follow-up steps for the item (e.g. creating a login for a registered group).
 * </ol>
 *
 * <p>Links are 32 random bytes, valid for 24 hours and single-use (claimed with one conditional
 * UPDATE, so two presses confirm once); only their SHA-256 is stored, with no address. A nightly
 * db-scheduler task removes links a week after they expired or were used.
 */
package jp.yamaguchi.katsudo.core.submission;
