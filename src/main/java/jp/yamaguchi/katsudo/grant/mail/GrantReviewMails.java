package jp.yamaguchi.katsudo.grant.mail;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.mail.Mailer;
import jp.yamaguchi.katsudo.core.review.ReviewPublished;
import jp.yamaguchi.katsudo.core.review.ReviewSentBack;
import jp.yamaguchi.katsudo.core.review.ReviewSubmitted;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.JapaneseDates;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import jp.yamaguchi.katsudo.grant.domain.GrantEditing;
import jp.yamaguchi.katsudo.grant.domain.Origin;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of spec §8 for grants: a new submission tells the center (and, for a public posting,
 * the submitter 「仮登録完了」); publishing and sending back a public posting tell its submitter. Runs
 * after the commit, asynchronously; nothing is sent when the grant is gone.
 */
@Component
class GrantReviewMails {

  private final GrantEditing editing;
  private final Mailer mailer;
  private final JapaneseDates dates;
  private final SiteSettings settings;
  private final KatsudoProperties properties;

  GrantReviewMails(
      GrantEditing editing,
      Mailer mailer,
      JapaneseDates dates,
      SiteSettings settings,
      KatsudoProperties properties) {
    this.editing = editing;
    this.mailer = mailer;
    this.dates = dates;
    this.settings = settings;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(ReviewSubmitted event) {
    if (!Grant.CONTENT_TYPE.equals(event.contentType())) return;
    Optional<Grant> found = editing.find(event.id());
    if (found.isEmpty()) return;
    Grant grant = found.get();
    Map<String, Object> model = model(grant);
    model.put("submitter", event.actor());
    mailer.send(centerAddress(), "grant/submitted", model);
    if (grant.getOrigin() == Origin.PUBLIC && grant.getSubmitterEmail() != null) {
      mailer.send(grant.getSubmitterEmail(), "grant/received", model);
    }
  }

  @ApplicationModuleListener
  void on(ReviewPublished event) {
    if (!Grant.CONTENT_TYPE.equals(event.contentType())) return;
    toSubmitter(event.id(), "grant/published", null);
  }

  @ApplicationModuleListener
  void on(ReviewSentBack event) {
    if (!Grant.CONTENT_TYPE.equals(event.contentType())) return;
    toSubmitter(event.id(), "grant/returned", event.reason());
  }

  private void toSubmitter(long id, String template, String reason) {
    Optional<Grant> found = editing.find(id);
    if (found.isEmpty()) return;
    Grant grant = found.get();
    if (grant.getOrigin() != Origin.PUBLIC || grant.getSubmitterEmail() == null) return;
    Map<String, Object> model = model(grant);
    model.put("reason", reason);
    mailer.send(grant.getSubmitterEmail(), template, model);
  }

  private String centerAddress() {
    String configured = settings.of(Site.SUPERNET).contactEmail();
    return configured == null || configured.isBlank() ? properties.centerMail() : configured;
  }

  private Map<String, Object> model(Grant grant) {
    Map<String, Object> model = new HashMap<>();
    model.put("id", grant.getId());
    model.put("title", grant.getTitle());
    model.put("organizer", grant.getOrganizer());
    model.put("deadline", dates.date(grant.getPeriodTo()));
    model.put("publicPath", grant.publicPath());
    model.put("submitterName", grant.getSubmitterName());
    return model;
  }
}
