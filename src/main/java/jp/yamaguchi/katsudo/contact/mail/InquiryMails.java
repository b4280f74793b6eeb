package jp.yamaguchi.katsudo.contact.mail;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.yamaguchi.katsudo.contact.domain.Inquiries;
import jp.yamaguchi.katsudo.contact.domain.Inquiry;
import jp.yamaguchi.katsudo.contact.domain.InquiryReceived;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.mail.Mailer;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.JapaneseDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a new inquiry to the center (the address of the Supernet site settings, else {@code
 * katsudo.center-mail}) with everything typed, and a short receipt to the sender. The receipt
 * repeats none of the typed text (neither the name nor the message): whoever types someone else's
 * address cannot use it to send them their own words.
 */
@Component
class InquiryMails {

  private static final Logger log = LoggerFactory.getLogger(InquiryMails.class);

  private final Inquiries inquiries;
  private final Mailer mailer;
  private final SiteSettings settings;
  private final KatsudoProperties properties;
  private final MessageSource messages;
  private final JapaneseDates dates;

  InquiryMails(
      Inquiries inquiries,
      Mailer mailer,
      SiteSettings settings,
      KatsudoProperties properties,
      MessageSource messages,
      JapaneseDates dates) {
    this.inquiries = inquiries;
    this.mailer = mailer;
    this.settings = settings;
    this.properties = properties;
    this.messages = messages;
    this.dates = dates;
  }

  @ApplicationModuleListener
  void on(InquiryReceived event) {
    Optional<Inquiry> found = inquiries.find(event.id());
    if (found.isEmpty()) return;
    Inquiry inquiry = found.get();
    Map<String, Object> model = new HashMap<>();
    model.put("id", inquiry.getId());
    model.put(
        "kindLabel",
        messages.getMessage(inquiry.getKind().messageKey(), null, LocaleContextHolder.getLocale()));
    model.put("receivedAt", dates.dateTime(inquiry.getReceivedAt()));
    model.put("name", inquiry.getName());
    model.put("email", inquiry.getEmail());
    model.put("phone", inquiry.getPhone());
    model.put("message", inquiry.getMessage());
    var center = settings.of(Site.SUPERNET);
    model.put("centerName", center.contactName());
    model.put("centerPhone", center.contactPhone());
    model.put("centerHours", center.contactHours());
    mailer.send(centerAddress(), "contact/received", model);
    try {
      mailer.send(inquiry.getEmail(), "contact/receipt", model);
    } catch (MailException e) {
      // the center has the inquiry; a sender's address the mail server refuses stops nothing
      log.info("inquiry {}: the receipt to the sender could not be sent", inquiry.getId());
    }
  }

  private String centerAddress() {
    String configured = settings.of(Site.SUPERNET).contactEmail();
    return configured == null || configured.isBlank() ? properties.centerMail() : configured;
  }
}
