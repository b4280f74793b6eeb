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
 *       finished), filtering on the content type. That is where the mails are sent.
 *   <li>On the admin edit screen, include {@code fragments/review :: actions(...)} (one POST form
 *       per action allowed from the current state) and {@code fragments/review :: history(...)} fed
 *       by {@link jp.yamaguchi.katsudo.core.review.ReviewHistory}; bind the POST to {@link
 *       jp.yamaguchi.katsudo.core.review.ReviewActionForm}.
 * </ol>
 *
 * <p>The allowed transitions are defined once, in {@link
 * jp.yamaguchi.katsudo.core.review.ReviewAction}.
 */
package jp.yamaguchi.katsudo.core.review;
