package jp.yamaguchi.katsudo.directory.mail;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.mail.Mailer;
import jp.yamaguchi.katsudo.core.review.ReviewPublished;
import jp.yamaguchi.katsudo.core.review.ReviewSentBack;
import jp.yamaguchi.katsudo.core.review.ReviewSubmitted;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of spec §8 for directory registrations: when an entry becomes 仮登録 the center gets
 * 「会員登録依頼あり」 and the registrant 「仮登録完了」; when staff publish it the registrant gets 「公開しました」; when
 * staff send it back the registrant gets the reason. Runs after the commit, asynchronously (the
 * event publication registry keeps the event until it is done). No mail when the entry is gone or
 * has no registrant address (e.g. migrated entries).
 */
@Component
class DirectoryReviewMails {

  private static final Logger log = LoggerFactory.getLogger(DirectoryReviewMails.class);

  private final DirectoryEntries entries;
  private final Mailer mailer;
  private final MessageSource messages;
  private final KatsudoProperties properties;

  DirectoryReviewMails(
      DirectoryEntries entries,
      Mailer mailer,
      MessageSource messages,
      KatsudoProperties properties) {
    this.entries = entries;
    this.mailer = mailer;
    this.messages = messages;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(ReviewSubmitted event) {
    if (!DirectoryEntry.CONTENT_TYPE.equals(event.contentType())) return;
    Optional<DirectoryEntry> found = entries.find(event.id());
    if (found.isEmpty()) return;
    DirectoryEntry e = found.get();
    mailer.send(properties.centerMail(), "directory/center-submitted", model(e, null));
    toRegistrant(e, "directory/submitted", null);
  }

  @ApplicationModuleListener
  void on(ReviewPublished event) {
    if (!DirectoryEntry.CONTENT_TYPE.equals(event.contentType())) return;
    entries.find(event.id()).ifPresent(e -> toRegistrant(e, "directory/published", null));
  }

  @ApplicationModuleListener
  void on(ReviewSentBack event) {
    if (!DirectoryEntry.CONTENT_TYPE.equals(event.contentType())) return;
    entries.find(event.id()).ifPresent(e -> toRegistrant(e, "directory/returned", event.reason()));
  }

  private void toRegistrant(DirectoryEntry e, String template, String reason) {
    String to = e.getRegistrantEmail();
    if (to == null || to.isBlank()) {
      log.info("directory entry {}: no registrant address, no mail sent", e.getId());
      return;
    }
    mailer.send(to, template, model(e, reason));
  }

  private Map<String, Object> model(DirectoryEntry e, String reason) {
    Map<String, Object> model = new HashMap<>();
    model.put("id", e.getId());
    model.put("name", e.getName());
    model.put("kindLabel", msg("directory.kind." + e.getKind().name()));
    model.put("registrantName", e.getRegistrantName());
    model.put("publicPath", e.publicPath());
    model.put("adminPath", "/admin/directory/" + e.getId());
    model.put("reason", reason);
    return model;
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }
}
