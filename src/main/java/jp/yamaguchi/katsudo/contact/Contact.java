package jp.yamaguchi.katsudo.contact;

import jp.yamaguchi.katsudo.contact.domain.Inquiries;
import jp.yamaguchi.katsudo.contact.domain.InquiryKind;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.stereotype.Service;

/** What other modules may do with inquiries: the demo data adds some (without mails). */
@Service
public class Contact {

  private final Inquiries inquiries;

  Contact(Inquiries inquiries) {
    this.inquiries = inquiries;
  }

  public boolean isEmpty() {
    return inquiries.count() == 0;
  }

  /**
   * Stores an inquiry as if sent with the form, without mails.
   *
   * @param kind an {@code InquiryKind} name, e.g. {@code SITE}
   */
  public void demo(
      String kind, String name, String email, String phone, String message, boolean handled) {
    inquiries.store(
        Site.SUPERNET, InquiryKind.valueOf(kind), name, email, phone, message, handled, "demo");
  }
}
