package jp.yamaguchi.katsudo.core.notice;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.tx.AfterCommit;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency notices. Active notices are read on every page, so they are held for a few seconds; a
 * change clears that at once, and a notice's start or end time takes effect within that time.
 */
@Service
public class EmergencyNotices {

  static final Duration HOLD = Duration.ofSeconds(15);
  public static final int TITLE_MAX = 200;
  public static final int BODY_MAX = 1000;

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

  /** How many notices are shown right now, on either site. */
  @Transactional(readOnly = true)
  public long countActive() {
    return repository.countActive(clock.instant());
  }

  /**
   * Notices for the admin list.
   *
   * @param site only this site's, or every site's when null
   * @param state only those in this state now, or all when null
   */
  @Transactional(readOnly = true)
  public Page<EmergencyNotice> search(Site site, NoticeState state, Pageable pageable) {
    Instant now = clock.instant();
    Specification<EmergencyNotice> spec =
        (root, query, cb) -> {
          List<Predicate> where = new ArrayList<>();
          if (site != null) where.add(cb.equal(root.get("site"), site));
          if (state != null) {
            var starts = root.<Instant>get("startsAt");
            var ends = root.<Instant>get("endsAt");
            switch (state) {
              case SCHEDULED -> where.add(cb.greaterThan(starts, now));
              case ACTIVE ->
                  where.add(
                      cb.and(
                          cb.lessThanOrEqualTo(starts, now),
                          cb.or(cb.isNull(ends), cb.greaterThan(ends, now))));
              case ENDED ->
                  where.add(
                      cb.and(cb.lessThanOrEqualTo(starts, now), cb.lessThanOrEqualTo(ends, now)));
            }
          }
          return cb.and(where.toArray(Predicate[]::new));
        };
    return repository.findAll(spec, pageable);
  }

  /** The time the notice states are judged by. */
  public Instant now() {
    return clock.instant();
  }

  @Transactional(readOnly = true)
  public EmergencyNotice get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("notice", id));
  }

  /**
   * Creates (id null) or changes a notice. Site, title (at most 200 characters), body (at most
   * 1000) and start are required; an end, when given, must come after the start.
   */
  @Transactional
  public EmergencyNotice save(
      Long id, Site site, String title, String body, Instant startsAt, Instant endsAt, String by) {
    String t = title == null ? "" : title.strip();
    String b = body == null ? "" : body.strip();
    if (site == null) throw new BusinessException("e.notice.site.required");
    if (t.isEmpty()) throw new BusinessException("e.notice.title.required");
    if (t.length() > TITLE_MAX) throw new BusinessException("e.notice.title.length", TITLE_MAX);
    if (b.isEmpty()) throw new BusinessException("e.notice.body.required");
    if (b.length() > BODY_MAX) throw new BusinessException("e.notice.body.length", BODY_MAX);
    if (startsAt == null) throw new BusinessException("e.notice.startsAt.required");
    if (endsAt != null && !endsAt.isAfter(startsAt)) {
      throw new BusinessException("e.notice.endsAt.beforeStart");
    }
    EmergencyNotice n = id == null ? new EmergencyNotice(site, clock.instant()) : get(id);
    n.update(site, t, b, startsAt, endsAt, by, clock.instant());
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
    AfterCommit.evict(held::clear);
    events.publishEvent(new ContentChanged("emergency_notice", null));
  }

  /** Thrown when a requested notice does not exist. */
  public static class NotFoundException extends jp.yamaguchi.katsudo.core.web.NotFoundException {
    NotFoundException(String what, long id) {
      super(what + " " + id);
    }
  }
}
