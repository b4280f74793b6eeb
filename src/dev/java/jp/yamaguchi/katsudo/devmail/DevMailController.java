package jp.yamaguchi.katsudo.devmail;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 送信メール（開発用）: the mails the application sent, as the development mail server received them. Exists
 * only while that server runs (never in production); a 404 otherwise.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DevMailController {

  static final String BASE = "/admin/settings/mails";

  private final ObjectProvider<DevMailServer> server;

  DevMailController(ObjectProvider<DevMailServer> server) {
    this.server = server;
  }

  /** One received mail, decoded for reading. Its number counts from the oldest (1), so it stays. */
  record Mail(
      int number,
      Instant sentAt,
      String from,
      String to,
      String subject,
      List<String[]> headers,
      String body) {}

  @GetMapping(BASE)
  String list(Model model) {
    List<MimeMessage> received = server().received();
    List<Mail> mails = new ArrayList<>(received.size());
    for (int i = 0; i < received.size(); i++) {
      mails.add(summary(received.get(i), received.size() - i));
    }
    model.addAttribute("mails", mails);
    return "devmail/list";
  }

  @GetMapping(BASE + "/{number}")
  String show(@PathVariable("number") int number, Model model) {
    List<MimeMessage> received = new ArrayList<>(server().received());
    Collections.reverse(received);
    if (number < 1 || number > received.size()) throw new NotFoundException("mail " + number);
    MimeMessage message = received.get(number - 1);
    Mail summary = summary(message, number);
    model.addAttribute(
        "mail",
        new Mail(
            number,
            summary.sentAt(),
            summary.from(),
            summary.to(),
            summary.subject(),
            headers(message),
            body(message)));
    return "devmail/show";
  }

  private DevMailServer server() {
    DevMailServer s = server.getIfAvailable();
    if (s == null) throw new NotFoundException("dev mail server not running");
    return s;
  }

  private static Mail summary(MimeMessage m, int number) {
    try {
      return new Mail(
          number,
          m.getSentDate() == null ? null : m.getSentDate().toInstant(),
          addresses(m.getFrom()),
          addresses(m.getRecipients(Message.RecipientType.TO)),
          m.getSubject(),
          List.of(),
          null);
    } catch (MessagingException e) {
      return new Mail(number, null, "", "", "", List.of(), null);
    }
  }

  private static String addresses(jakarta.mail.Address[] addresses) {
    if (addresses == null) return "";
    List<String> out = new ArrayList<>();
    for (var a : addresses) {
      out.add(a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString());
    }
    return String.join(", ", out);
  }

  private static List<String[]> headers(MimeMessage m) {
    List<String[]> out = new ArrayList<>();
    try {
      Enumeration<Header> all = m.getAllHeaders();
      while (all.hasMoreElements()) {
        Header h = all.nextElement();
        out.add(new String[] {h.getName(), decode(h.getValue())});
      }
    } catch (MessagingException e) {
      // show what could be read
    }
    return out;
  }

  private static String decode(String value) {
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(value));
    } catch (UnsupportedEncodingException e) {
      return value;
    }
  }

  private static String body(Part part) {
    try {
      if (part.isMimeType("text/*")) {
        Object content = part.getContent();
        return content instanceof String s ? s : String.valueOf(content);
      }
      if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart mp) {
        for (int i = 0; i < mp.getCount(); i++) {
          BodyPart bp = mp.getBodyPart(i);
          String text = body(bp);
          if (text != null && !text.isEmpty()) return text;
        }
      }
      return "";
    } catch (MessagingException | IOException e) {
      return "";
    }
  }
}
