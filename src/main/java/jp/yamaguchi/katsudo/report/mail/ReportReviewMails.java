package jp.yamaguchi.katsudo.report.mail;

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
import jp.yamaguchi.katsudo.report.domain.ActivityReport;
import jp.yamaguchi.katsudo.report.domain.Origin;
import jp.yamaguchi.katsudo.report.domain.ReportEditing;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of spec §8 for activity reports: a new submission tells the center (and, for a public
 * posting, the submitter 「仮登録完了」); publishing and sending back a public posting tell its submitter.
 * Runs after the commit, asynchronously; nothing is sent when the report is gone.
 */
@Component
class ReportReviewMails {

  private final ReportEditing editing;
  private final Mailer mailer;
  private final JapaneseDates dates;
  private final SiteSettings settings;
  private final KatsudoProperties properties;

  ReportReviewMails(
      ReportEditing editing,
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
    if (!ActivityReport.CONTENT_TYPE.equals(event.contentType())) return;
    Optional<ActivityReport> found = editing.find(event.id());
    if (found.isEmpty()) return;
    ActivityReport report = found.get();
    Map<String, Object> model = model(report);
    model.put("submitter", event.actor());
    mailer.send(centerAddress(), "report/submitted", model);
    if (report.getOrigin() == Origin.PUBLIC && report.getSubmitterEmail() != null) {
      mailer.send(report.getSubmitterEmail(), "report/received", model);
    }
  }

  @ApplicationModuleListener
  void on(ReviewPublished event) {
    if (!ActivityReport.CONTENT_TYPE.equals(event.contentType())) return;
    toSubmitter(event.id(), "report/published", null);
  }

  @ApplicationModuleListener
  void on(ReviewSentBack event) {
    if (!ActivityReport.CONTENT_TYPE.equals(event.contentType())) return;
    toSubmitter(event.id(), "report/returned", event.reason());
  }

  private void toSubmitter(long id, String template, String reason) {
    Optional<ActivityReport> found = editing.find(id);
    if (found.isEmpty()) return;
    ActivityReport report = found.get();
    if (report.getOrigin() != Origin.PUBLIC || report.getSubmitterEmail() == null) return;
    Map<String, Object> model = model(report);
    model.put("reason", reason);
    mailer.send(report.getSubmitterEmail(), template, model);
  }

  private String centerAddress() {
    String configured = settings.of(Site.SUPERNET).contactEmail();
    return configured == null || configured.isBlank() ? properties.centerMail() : configured;
  }

  private Map<String, Object> model(ActivityReport report) {
    Map<String, Object> model = new HashMap<>();
    model.put("id", report.getId());
    model.put("title", report.getTitle());
    model.put("orgName", report.getOrgName());
    model.put("heldOn", report.getHeldOn() == null ? "" : dates.date(report.getHeldOn()));
    model.put("publicPath", report.publicPath());
    model.put("submitterName", report.getSubmitterName());
    return model;
  }
}
