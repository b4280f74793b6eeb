package jp.yamaguchi.katsudo.core.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import jp.yamaguchi.katsudo.core.site.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends plain-text mails rendered from {@code templates/mail/<module>/<name>.txt}. The first line
 * of a template is {@code 件名：…} and becomes the subject; the rest is the body. Addresses are parsed
 * strictly, so a value with a line break can never add a header (mail header injection). The sender
 * is {@code katsudo.mail-from}, named after the center as the Supernet site settings call it.
 */
@Service
public class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  /** The first line of every mail template starts with this; it is not a message to translate. */
  private static final String SUBJECT_PREFIX = "件名：";

  private final JavaMailSender sender;
  private final ITemplateEngine templates;
  private final KatsudoProperties properties;
  private final SiteSettings settings;

  public Mailer(
      JavaMailSender sender,
      ITemplateEngine templates,
      KatsudoProperties properties,
      SiteSettings settings) {
    this.sender = sender;
    this.templates = templates;
    this.properties = properties;
    this.settings = settings;
  }

  /** A rendered mail, before sending. */
  public record Rendered(String subject, String body) {}

  public Rendered render(String template, Map<String, Object> model) {
    Context ctx = new Context(java.util.Locale.JAPANESE);
    ctx.setVariables(model);
    ctx.setVariable("baseUrl", properties.baseUrl());
    String text = templates.process("mail/" + template + ".txt", ctx);
    String[] lines = text.split("\r?\n", 2);
    if (!lines[0].startsWith(SUBJECT_PREFIX)) {
      throw new IllegalStateException(
          "mail template without a first line starting with " + SUBJECT_PREFIX + ": " + template);
    }
    String subject = lines[0].substring(SUBJECT_PREFIX.length()).trim();
    String body = lines.length > 1 ? lines[1].stripLeading() : "";
    return new Rendered(subject, body);
  }

  public void send(String to, String template, Map<String, Object> model) {
    send(List.of(to), List.of(), template, model);
  }

  public void send(
      Collection<String> to, Collection<String> bcc, String template, Map<String, Object> model) {
    Rendered mail = render(template, model);
    try {
      MimeMessage message = sender.createMimeMessage();
      var helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(from());
      helper.setTo(addresses(to));
      if (!bcc.isEmpty()) helper.setBcc(addresses(bcc));
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      sender.send(message);
      log.info("mail sent template={} recipients={}", template, to.size() + bcc.size());
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailSendException("mail could not be built: " + template, e);
    }
  }

  /** The sender address, with the center's name from the Supernet site settings. */
  private InternetAddress from() throws MessagingException, UnsupportedEncodingException {
    String name = settings.of(Site.SUPERNET).contactName();
    if (name == null || name.isBlank()) return new InternetAddress(properties.mailFrom(), true);
    return new InternetAddress(properties.mailFrom(), name, "UTF-8");
  }

  private static InternetAddress[] addresses(Collection<String> values) throws MessagingException {
    InternetAddress[] result = new InternetAddress[values.size()];
    int i = 0;
    for (String v : values) {
      // a line break or other control character can never be part of an address (no header
      // injection, even where the parser would ignore the rest of the line)
      if (v == null || v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw new AddressException("address with a control character");
      }
      InternetAddress a = new InternetAddress(v, true);
      a.validate();
      result[i++] = a;
    }
    return result;
  }
}
