package jp.yamaguchi.katsudo.news.mail;

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
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import jp.yamaguchi.katsudo.news.domain.NewsItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the center when a news item is submitted for review, and the item's author what the
 * reviewer decided: 「公開しました」 or 「差し戻しました」 with the reason. Runs after the commit, asynchronously;
 * the event publication registry keeps the event until the mail went out. No mail when the author
 * decided themselves, when the item is gone or when the author's staff account has no email
 * address.
 */
@Component
class NewsReviewMails {

  private static final Logger log = LoggerFactory.getLogger(NewsReviewMails.class);

  private final NewsEditing editing;
  private final StaffAccounts staff;
  private final Mailer mailer;
  private final MessageSource messages;
  private final JapaneseDates dates;
  private final KatsudoProperties properties;

  NewsReviewMails(
      NewsEditing editing,
      StaffAccounts staff,
      Mailer mailer,
      MessageSource messages,
      JapaneseDates dates,
      KatsudoProperties properties) {
    this.editing = editing;
    this.staff = staff;
    this.mailer = mailer;
    this.messages = messages;
    this.dates = dates;
    this.properties = properties;
  }

  /** Tells the center that an item waits for review, so reviewers need not watch the dashboard. */
  @ApplicationModuleListener
  void on(ReviewSubmitted event) {
    if (!NewsItem.CONTENT_TYPE.equals(event.contentType())) return;
    Optional<NewsItem> found = editing.find(event.id());
    if (found.isEmpty()) return;
    Map<String, Object> model = model(found.get(), event.actor(), null);
    model.put("submitterName", model.remove("reviewerName"));
    mailer.send(properties.centerMail(), "news/submitted", model);
  }

  @ApplicationModuleListener
  void on(ReviewPublished event) {
    if (!NewsItem.CONTENT_TYPE.equals(event.contentType())) return;
    notifyAuthor(event.id(), event.actor(), "news/published", null);
  }

  @ApplicationModuleListener
  void on(ReviewSentBack event) {
    if (!NewsItem.CONTENT_TYPE.equals(event.contentType())) return;
    notifyAuthor(event.id(), event.actor(), "news/returned", event.reason());
  }

  private void notifyAuthor(long id, String actor, String template, String reason) {
    Optional<NewsItem> found = editing.find(id);
    if (found.isEmpty()) return;
    NewsItem item = found.get();
    if (item.getAuthor().equals(actor)) return;
    Optional<StaffSummary> author = staff.byUsername(item.getAuthor());
    String email = author.map(StaffSummary::email).orElse(null);
    if (email == null || email.isBlank()) {
      log.info("news {}: author {} has no email address, no mail sent", id, item.getAuthor());
      return;
    }
    Map<String, Object> model = model(item, actor, reason);
    model.put("authorName", author.get().displayName());
    mailer.send(email, template, model);
  }

  private Map<String, Object> model(NewsItem item, String actor, String reason) {
    Map<String, Object> model = new HashMap<>();
    model.put("id", item.getId());
    model.put("title", item.getTitle());
    model.put("reviewerName", staff.byUsername(actor).map(StaffSummary::displayName).orElse(actor));
    model.put("siteName", msg("site." + item.getSite().key() + ".name"));
    model.put("kindLabel", msg(item.getKind().messageKey()));
    model.put("publishedOn", dates.date(item.getPublishedOn()));
    model.put("publicPath", item.publicPath());
    model.put("reason", reason);
    return model;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }
}
