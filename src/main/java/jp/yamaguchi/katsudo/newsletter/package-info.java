/**
 * さぽ～とメール (Supernet's newsletter) back numbers: staff write an issue as the plain text that is
 * mailed, review and publish it with the core review pattern; the public reads them at {@code
 * /supportmail} with a yearly archive. Old URLs {@code /mailmaga/mailmaga<id>/} answer with a
 * permanent redirect. The sending side (subscribers, delivery) comes with the newsletter issue and
 * builds on {@code newsletter_issue.sent_at}.
 *
 * <p>Public API: {@link jp.yamaguchi.katsudo.newsletter.Newsletters} (bulk import for demo data and
 * the legacy migration) and {@link jp.yamaguchi.katsudo.newsletter.ImportedIssue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsletter")
package jp.yamaguchi.katsudo.newsletter;
