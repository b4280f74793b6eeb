package jp.yamaguchi.katsudo.directory.changes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.mail.Mailer;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails of the change requests, after the commit: the center hears of each request that waits for
 * review (修正依頼あり); the submitter hears whether it was approved (the entry now shows it) or
 * rejected, with the reason. No mail when the request is gone.
 */
@Component
class ChangeRequestMails {

  private final ChangeRequestRepository requests;
  private final DirectoryEntries entries;
  private final Mailer mailer;
  private final KatsudoProperties properties;

  ChangeRequestMails(
      ChangeRequestRepository requests,
      DirectoryEntries entries,
      Mailer mailer,
      KatsudoProperties properties) {
    this.requests = requests;
    this.entries = entries;
    this.mailer = mailer;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(ChangeEvents.Submitted event) {
    Optional<ChangeRequest> found = requests.findById(event.changeId());
    if (found.isEmpty()) return;
    mailer.send(properties.centerMail(), "directory/change-requested", model(found.get()));
  }

  @ApplicationModuleListener
  void on(ChangeEvents.Decided event) {
    Optional<ChangeRequest> found = requests.findById(event.changeId());
    if (found.isEmpty()) return;
    ChangeRequest r = found.get();
    String to = r.getNotifyEmail();
    if (to == null || to.isBlank()) return;
    String template =
        r.getState() == ChangeState.APPROVED
            ? "directory/change-approved"
            : "directory/change-rejected";
    mailer.send(to, template, model(r));
  }

  private Map<String, Object> model(ChangeRequest r) {
    DirectoryEntry entry = entries.get(r.getEntryId());
    Map<String, Object> model = new HashMap<>();
    model.put("changeId", r.getId());
    model.put("entryId", entry.getId());
    model.put("name", entry.getName());
    model.put("publicPath", DirectoryEntries.detailPath(entry.getId()));
    model.put("adminPath", "/admin/directory/changes/" + r.getId());
    model.put("byMember", r.byMember());
    model.put("note", r.getNote());
    model.put("reason", r.getRejectReason());
    return model;
  }
}
