package jp.yamaguchi.katsudo.newsletter.mail;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.yamaguchi.katsudo.account.StaffAccounts;
import jp.yamaguchi.katsudo.account.StaffSummary;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.mail.Mailer;
import jp.yamaguchi.katsudo.core.review.ReviewPublished;
import jp.yamaguchi.katsudo.core.review.ReviewSentBack;
import jp.yamaguchi.katsudo.core.review.ReviewSubmitted;
import jp.yamaguchi.katsudo.core.web.JapaneseDates;
import jp.yamaguchi.katsudo.newsletter.domain.Issue;
import jp.yamaguchi.katsudo.newsletter.domain.IssueEditing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The review mails of a back number, like those of news: the center hears of a submission, the
 * issue's author of the reviewer's decision (公開 or 差し戻し with the reason). After the commit,
 * asynchronously; nothing when the author decided themselves, the issue is gone or the author has
 * no address.
 */
@Component
class IssueReviewMails {

  private static final Logger log = LoggerFactory.getLogger(IssueReviewMails.class);

  private final IssueEditing editing;
  private final StaffAccounts staff;
  private final Mailer mailer;
  private final JapaneseDates dates;
  private final KatsudoProperties properties;

  IssueReviewMails(
      IssueEditing editing,
      StaffAccounts staff,
      Mailer mailer,
      JapaneseDates dates,
      KatsudoProperties properties) {
    this.editing = editing;
    this.staff = staff;
    this.mailer = mailer;
    this.dates = dates;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(ReviewSubmitted event) {
    if (!Issue.CONTENT_TYPE.equals(event.contentType())) return;
    Optional<Issue> found = editing.find(event.id());
    if (found.isEmpty()) return;
    mailer.send(
        properties.centerMail(), "newsletter/submitted", model(found.get(), event.actor(), null));
  }

  @ApplicationModuleListener
  void on(ReviewPublished event) {
    if (!Issue.CONTENT_TYPE.equals(event.contentType())) return;
    notifyAuthor(event.id(), event.actor(), "newsletter/published", null);
  }

  @ApplicationModuleListener
  void on(ReviewSentBack event) {
    if (!Issue.CONTENT_TYPE.equals(event.contentType())) return;
    notifyAuthor(event.id(), event.actor(), "newsletter/returned", event.reason());
  }

  private void notifyAuthor(long id, String actor, String template, String reason) {
    Optional<Issue> found = editing.find(id);
    if (found.isEmpty()) return;
    Issue issue = found.get();
    if (issue.getAuthor().equals(actor)) return;
    Optional<StaffSummary> author = staff.byUsername(issue.getAuthor());
    String email = author.map(StaffSummary::email).orElse(null);
    if (email == null || email.isBlank()) {
      log.info("issue {}: author {} has no email address, no mail sent", id, issue.getAuthor());
      return;
    }
    Map<String, Object> model = model(issue, actor, reason);
    model.put("authorName", author.get().displayName());
    mailer.send(email, template, model);
  }

  private Map<String, Object> model(Issue issue, String actor, String reason) {
    Map<String, Object> model = new HashMap<>();
    model.put("id", issue.getId());
    model.put("title", issue.getTitle());
    model.put("issueNumber", issue.getIssueNumber());
    model.put("publishedOn", dates.date(issue.getPublishedOn()));
    model.put("actorName", staff.byUsername(actor).map(StaffSummary::displayName).orElse(actor));
    model.put("publicPath", issue.publicPath());
    model.put("reason", reason);
    return model;
  }
}
