package jp.yamaguchi.katsudo.core.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency notices. Active notices are read on every page, so they are held for a few seconds; a
 * change clears that at once, and a notice's start or end time takes effect within that time.
 */
@Service
public class EmergencyNotices {

  static final Duration HOLD = Duration.ofSeconds(15);

  private final EmergencyNoticeRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Map<Site, Held> held = new ConcurrentHashMap<>();

  private record Held(List<ActiveNotice> notices, Instant until) {}

  public EmergencyNotices(
      EmergencyNoticeRepository repository, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<ActiveNotice> active(Site site) {
    Instant now = clock.instant();
    Held h = held.get(site);
    if (h != null && h.until().isAfter(now)) return h.notices();
    List<ActiveNotice> notices =
        repository.findActive(site, now).stream()
            .map(n -> new ActiveNotice(n.getTitle(), n.getBody(), n.getEndsAt()))
            .toList();
    held.put(site, new Held(notices, now.plus(HOLD)));
    return notices;
  }

  @Transactional(readOnly = true)
  public List<EmergencyNotice> all() {
    return repository.findAllByOrderByStartsAtDesc();
  }

  @Transactional(readOnly = true)
  public EmergencyNotice get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("notice", id));
  }

  @Transactional
  public EmergencyNotice save(
      Long id, Site site, String title, String body, Instant startsAt, Instant endsAt, String by) {
    EmergencyNotice n = id == null ? new EmergencyNotice(site) : get(id);
    n.update(site, title, body, startsAt, endsAt, by);
    EmergencyNotice saved = repository.save(n);
    changed();
    return saved;
  }

  @Transactional
  public void delete(long id) {
    repository.delete(get(id));
    changed();
  }

  private void changed() {
    held.clear();
    events.publishEvent(new ContentChanged("emergency_notice", null));
  }

  /** Thrown when a requested notice does not exist. */
  public static class NotFoundException extends jp.yamaguchi.katsudo.core.web.NotFoundException {
    NotFoundException(String what, long id) {
      super(what + " " + id);
    }
  }
}
