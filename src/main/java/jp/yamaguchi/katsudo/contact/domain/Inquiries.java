package jp.yamaguchi.katsudo.contact.domain;

import java.time.Clock;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores inquiries (the form has checked them) and serves the staff's list and detail. */
@Service
@Transactional
public class Inquiries {

  public static final int PAGE_SIZE = 20;

  private final InquiryRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Inquiries(InquiryRepository repository, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  /** Stores an inquiry and announces it ({@link InquiryReceived}: the mails go out then). */
  public Inquiry receive(
      Site site, InquiryKind kind, String name, String email, String phone, String message) {
    Inquiry inquiry =
        repository.save(new Inquiry(site, kind, name, email, phone, message, clock.instant()));
    events.publishEvent(new InquiryReceived(inquiry.getId()));
    return inquiry;
  }

  /** Stores an inquiry without announcing it (no mails): demo data and migration. */
  public Inquiry store(
      Site site,
      InquiryKind kind,
      String name,
      String email,
      String phone,
      String message,
      boolean handled,
      String by) {
    Inquiry inquiry =
        repository.save(new Inquiry(site, kind, name, email, phone, message, clock.instant()));
    if (handled) inquiry.markHandled(true, by, clock.instant());
    return inquiry;
  }

  @Transactional(readOnly = true)
  public long count() {
    return repository.count();
  }

  @Transactional(readOnly = true)
  public Inquiry get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("inquiry " + id));
  }

  @Transactional(readOnly = true)
  public Optional<Inquiry> find(long id) {
    return repository.findById(id);
  }

  /** Newest first; {@code handled} null for all. */
  @Transactional(readOnly = true)
  public Page<Inquiry> list(Boolean handled, int page) {
    PageRequest p =
        PageRequest.of(
            Math.max(0, page),
            PAGE_SIZE,
            Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id")));
    return handled == null ? repository.findAll(p) : repository.findByHandled(handled, p);
  }

  @Transactional(readOnly = true)
  public long countOpen() {
    return repository.countByHandled(false);
  }

  public void markHandled(long id, boolean handled, String by) {
    get(id).markHandled(handled, by, clock.instant());
  }

  public void delete(long id) {
    repository.delete(get(id));
  }
}
