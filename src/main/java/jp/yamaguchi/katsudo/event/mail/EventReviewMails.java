package jp.yamaguchi.katsudo.event.mail;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.mail.Mailer;
import jp.yamaguchi.katsudo.core.review.ReviewPublished;
import jp.yamaguchi.katsudo.core.review.ReviewSentBack;
import jp.yamaguchi.katsudo.core.review.ReviewSubmitted;
import jp.yamaguchi.katsudo.event.domain.EventEditing;
import jp.yamaguchi.katsudo.event.domain.EventItem;
import jp.yamaguchi.katsudo.event.domain.EventOrigin;
import jp.yamaguchi.katsudo.event.web.EventDates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of spec §8 for events, after the commit: a new submission (仮登録) → the center and, for a
 * public posting, the submitter (仮登録完了); published → the submitter (公開しました); sent back → the
 * submitter with the reason. Nothing is sent when the event is gone by then; staff-written events
 * have no submitter to tell.
 */
@Component
class EventReviewMails {

  private final EventEditing editing;
  private final Mailer mailer;
  private final EventDates dates;
  private final MessageSource messages;
  private final KatsudoProperties properties;

  EventReviewMails(
      EventEditing editing,
      Mailer mailer,
      EventDates dates,
      MessageSource messages,
      KatsudoProperties properties) {
    this.editing = editing;
    this.mailer = mailer;
    this.dates = dates;
    this.messages = messages;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(ReviewSubmitted event) {
    if (!EventItem.CONTENT_TYPE.equals(event.contentType())) return;
    Optional<EventItem> found = editing.find(event.id());
    if (found.isEmpty()) return;
    EventItem item = found.get();
    Map<String, Object> model = model(item);
    model.put(
        "submitterLabel",
        EventEditing.PUBLIC_ACTOR.equals(event.actor())
            ? msg("event.mail.publicSubmitter", item.getSubmitterName())
            : event.actor());
    mailer.send(properties.centerMail(), "event/submitted", model);
    if (hasSubmitter(item)) mailer.send(item.getSubmitterEmail(), "event/received", model);
  }

  @ApplicationModuleListener
  void on(ReviewPublished event) {
    if (!EventItem.CONTENT_TYPE.equals(event.contentType())) return;
    editing
        .find(event.id())
        .filter(EventReviewMails::hasSubmitter)
        .ifPresent(item -> mailer.send(item.getSubmitterEmail(), "event/published", model(item)));
  }

  @ApplicationModuleListener
  void on(ReviewSentBack event) {
    if (!EventItem.CONTENT_TYPE.equals(event.contentType())) return;
    editing
        .find(event.id())
        .filter(EventReviewMails::hasSubmitter)
        .ifPresent(
            item -> {
              Map<String, Object> model = model(item);
              model.put("reason", event.reason());
              mailer.send(item.getSubmitterEmail(), "event/returned", model);
            });
  }

  private static boolean hasSubmitter(EventItem item) {
    return item.getOrigin() == EventOrigin.PUBLIC
        && item.getSubmitterEmail() != null
        && !item.getSubmitterEmail().isBlank();
  }

  private Map<String, Object> model(EventItem item) {
    Map<String, Object> model = new HashMap<>();
    model.put("id", item.getId());
    model.put("title", item.getTitle());
    model.put("organiser", item.getOrganiser());
    model.put("kindLabel", msg(item.getKind().messageKey()));
    model.put("dateRange", dates.range(item));
    model.put("publicPath", item.publicPath());
    model.put("submitterName", item.getSubmitterName());
    return model;
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
