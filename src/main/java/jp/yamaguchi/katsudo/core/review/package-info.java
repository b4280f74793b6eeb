/**
 * The review pattern every content type shares: 下書き → 仮登録（審査中） → 公開, with 差し戻し and 非公開.
 *
 * <h2>Using it in a module</h2>
 *
 * <ol>
 *   <li>Embed {@link jp.yamaguchi.katsudo.core.review.Review} in the entity ({@code @Embedded
 *       private Review review = new Review();}) and add its columns to the table (and to the {@code
 *       _aud} table when the entity is audited): {@code review_state VARCHAR(20) NOT NULL,
 *       submitted_at TIMESTAMP WITH TIME ZONE, submitted_by VARCHAR(100), reviewed_at TIMESTAMP
 *       WITH TIME ZONE, reviewed_by VARCHAR(100), return_reason VARCHAR(2000), first_published_at
 *       TIMESTAMP WITH TIME ZONE}.
 *   <li>Implement {@link jp.yamaguchi.katsudo.core.review.Reviewable} on the entity: its content
 *       type key (e.g. {@code "news"}), id and a display title.
 *   <li>In the module's {@code @Transactional} service, load the entity and call {@link
 *       jp.yamaguchi.katsudo.core.review.ReviewWorkflow} ({@code submit}, {@code publish}, {@code
 *       sendBack}, {@code unpublish}, {@code withdraw}, or {@code perform} with a {@link
 *       jp.yamaguchi.katsudo.core.review.ReviewAction}). The workflow refuses an illegal transition
 *       with a {@code BusinessException}, changes the embedded state, writes the {@code review_log}
 *       row and publishes the events. Call {@code created(...)} once after saving a new item, so
 *       its history starts with its creation.
 *   <li>React to {@link jp.yamaguchi.katsudo.core.review.ReviewPublished}, {@link
 *       jp.yamaguchi.katsudo.core.review.ReviewSentBack} or {@link
 *       jp.yamaguchi.katsudo.core.review.ReviewSubmitted} with {@code @ApplicationModuleListener}
 *       (after the commit, asynchronously, kept in the event publication registry until the handler
 *       finished), filtering on the content type. That is where the mails are sent. Events carry
 *       only the content type, the id and the actor: load the item in the listener (it may be gone
 *       by then; send nothing).
 *   <li>On the admin edit screen, include {@code fragments/review :: actions(item, actionUrl,
 *       version)} (one POST form per action {@link
 *       jp.yamaguchi.katsudo.core.review.Reviewable#reviewActions()} allows now) and {@code
 *       fragments/review :: history(...)} fed by {@link
 *       jp.yamaguchi.katsudo.core.review.ReviewHistory}; bind the POST to {@link
 *       jp.yamaguchi.katsudo.core.review.ReviewActionForm}.
 * </ol>
 *
 * <h2>Items members or the public submit</h2>
 *
 * <p>The workflow knows no accounts: it works the same whether a staff member, a logged-in member
 * or an anonymous visitor submitted the item. What differs is in the owning module:
 *
 * <ul>
 *   <li><b>Who acts.</b> {@code actor} is stored in the history and in {@code submitted_by} and
 *       shown to staff (at most 100 characters). Use the staff username for staff, {@code
 *       member:<member id>} for a logged-in member and {@code public} for an anonymous submission.
 *       Never an email address (the history is kept for years and shown on screens).
 *   <li><b>Submitting.</b> A submission lands as 仮登録: save the new entity (a draft), then call
 *       {@code created(item, actor)} and {@code submit(item, actor)} in the same transaction; the
 *       history shows both steps. A returned item is fixed by its submitter and submitted again
 *       with {@code submit} (RETURNED → PENDING).
 *   <li><b>No publishing of their drafts.</b> Override {@link
 *       jp.yamaguchi.katsudo.core.review.Reviewable#publishableFromDraft()} to return false: staff
 *       then publish only what was submitted, and the admin buttons follow.
 *   <li><b>Permissions.</b> The workflow checks transitions, not roles: member-facing controllers
 *       call only {@code submit} (and {@code withdraw} if members may take a submission back), for
 *       items the member owns; publish and send back stay on {@code /admin/**} screens.
 *   <li><b>Telling the submitter.</b> Keep whom to tell on the entity: the submitter's email
 *       address, or the member id to look the address up through the member module's public API
 *       when the mail is sent. The module's {@code @ApplicationModuleListener} for {@link
 *       jp.yamaguchi.katsudo.core.review.ReviewPublished} and {@link
 *       jp.yamaguchi.katsudo.core.review.ReviewSentBack} sends the mail with {@code
 *       core.mail.Mailer} to that address (a staff author is looked up through {@code
 *       account.StaffAccounts} instead, as the news module does). The reason of a send-back is in
 *       the event. Tell the center about new submissions from a listener for {@link
 *       jp.yamaguchi.katsudo.core.review.ReviewSubmitted}.
 * </ul>
 *
 * <h2>Scheduled publishing and expiry</h2>
 *
 * <p>To let staff publish or unpublish an item at a set time: implement {@link
 * jp.yamaguchi.katsudo.core.review.ScheduledReviewTarget} for the content type (perform the action
 * through the module's own service; return false when the item is gone; {@code adminPath} links the
 * admin list of plans to the item), add a POST handler that binds {@link
 * jp.yamaguchi.katsudo.core.review.ReviewScheduleForm} and calls {@link
 * jp.yamaguchi.katsudo.core.review.ReviewSchedule#set}, and include {@code fragments/review ::
 * schedule(plan, actionUrl)} on the edit screen with the model attributes {@code schedulePlan}
 * ({@link jp.yamaguchi.katsudo.core.review.ReviewSchedule#planOf}) and {@code scheduleForm}. Call
 * {@link jp.yamaguchi.katsudo.core.review.ReviewSchedule#clear} when the item is deleted. The news
 * and page modules are the reference.
 *
 * <p>The allowed transitions are defined once, in {@link
 * jp.yamaguchi.katsudo.core.review.ReviewAction}.
 */
package jp.yamaguchi.katsudo.core.review;
