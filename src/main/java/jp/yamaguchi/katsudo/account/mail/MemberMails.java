package jp.yamaguchi.katsudo.account.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.audit.AuditMasking;
import jp.yamaguchi.katsudo.core.mail.Mailer;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.tx.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Sends the member account mails ({@code templates/mail/member/*.txt}) once the transaction has
 * committed, on another thread: a request that mails and one that does not (a reset for an unknown
 * ID) take about the same time, and a mail server outage never undoes the account change (the
 * person asks for the mail again). The model gets {@code siteName} and {@code siteUrl} of the site
 * the person came from. Mails never contain a password.
 */
@Component
public class MemberMails {

  private static final Logger log = LoggerFactory.getLogger(MemberMails.class);

  private final Sender sender;
  private final MessageSource messages;
  private final KatsudoProperties properties;

  MemberMails(Sender sender, MessageSource messages, KatsudoProperties properties) {
    this.sender = sender;
    this.messages = messages;
    this.properties = properties;
  }

  /** Sends {@code member/<template>} to {@code to} after the commit. */
  public void send(Site site, String to, String template, Map<String, Object> model) {
    if (to == null || to.isBlank()) return;
    Map<String, Object> full = new HashMap<>(model);
    full.put(
        "siteName", messages.getMessage("site." + site.key() + ".name", null, Locale.JAPANESE));
    full.put("siteUrl", properties.baseUrl() + site.basePath());
    AfterCommit.run(() -> sender.send(to, "member/" + template, full));
  }

  /** The absolute URL of a site path, for links in mails. */
  public String url(Site site, String relative) {
    return properties.baseUrl() + site.path(relative);
  }

  /** Sends on the async executor; a failure is logged (the person can ask again). */
  @Component
  static class Sender {

    private final Mailer mailer;

    Sender(Mailer mailer) {
      this.mailer = mailer;
    }

    @Async
    public void send(String to, String template, Map<String, Object> model) {
      try {
        mailer.send(to, template, model);
      } catch (RuntimeException e) {
        // no address in the log: the class and the masked message only
        log.warn(
            "member mail {} could not be sent: {}: {}",
            template,
            e.getClass().getName(),
            AuditMasking.text(e.getMessage()));
      }
    }
  }
}
