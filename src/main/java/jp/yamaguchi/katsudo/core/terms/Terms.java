package jp.yamaguchi.katsudo.core.terms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.content.HtmlSanitizer;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned terms texts. The current version of a kind is the newest (highest number) whose
 * effective date has come; a version with a later date waits until that day. Registration forms
 * call {@link #current} to show the terms before 「同意する」.
 */
@Service
public class Terms {

  public static final int TITLE_MAX = 200;
  public static final int BODY_MAX = 100_000;

  private final TermsVersionRepository repository;
  private final HtmlSanitizer sanitizer;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Terms(
      TermsVersionRepository repository,
      HtmlSanitizer sanitizer,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.sanitizer = sanitizer;
    this.events = events;
    this.clock = clock;
  }

  /** Today in Japan, the day effective dates are compared with. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The version in force today, or empty when no version has taken effect yet. */
  @Transactional(readOnly = true)
  public Optional<TermsText> current(TermsKind kind) {
    return repository
        .findFirstByKindAndEffectiveOnLessThanEqualOrderByVersionDesc(kind, today())
        .map(TermsVersion::text);
  }

  /** The newest version, whether in force yet or not. */
  @Transactional(readOnly = true)
  public Optional<TermsText> latest(TermsKind kind) {
    return repository.findFirstByKindOrderByVersionDesc(kind).map(TermsVersion::text);
  }

  /** Every version of a kind, newest first. */
  @Transactional(readOnly = true)
  public List<TermsText> versions(TermsKind kind) {
    return repository.findByKindOrderByVersionDesc(kind).stream().map(TermsVersion::text).toList();
  }

  @Transactional(readOnly = true)
  public Optional<TermsText> version(TermsKind kind, int version) {
    return repository.findByKindAndVersion(kind, version).map(TermsVersion::text);
  }

  /**
   * Saves a new version with the next number. The body is sanitized; title (at most 200
   * characters), a body with content and the effective date are required.
   */
  @Transactional
  public TermsText create(
      TermsKind kind, String title, String body, LocalDate effectiveOn, String by) {
    if (kind == null) throw new IllegalArgumentException("kind");
    String t = title == null ? "" : title.strip();
    if (t.isEmpty()) throw new BusinessException("e.terms.title.required");
    if (t.length() > TITLE_MAX) throw new BusinessException("e.terms.title.length", TITLE_MAX);
    if (body != null && body.length() > BODY_MAX) {
      throw new BusinessException("e.terms.body.length", BODY_MAX);
    }
    String clean = sanitizer.clean(body);
    if (clean.replaceAll("<[^>]*>", "").isBlank()) {
      throw new BusinessException("e.terms.body.required");
    }
    if (effectiveOn == null) throw new BusinessException("e.terms.effectiveOn.required");
    int next =
        repository.findFirstByKindOrderByVersionDesc(kind).map(v -> v.getVersion() + 1).orElse(1);
    try {
      TermsVersion saved =
          repository.saveAndFlush(
              new TermsVersion(kind, next, t, clean, effectiveOn, clock.instant(), by));
      events.publishEvent(new ContentChanged("terms_version", saved.getId()));
      return saved.text();
    } catch (DataIntegrityViolationException e) {
      throw new BusinessException("e.terms.version.conflict");
    }
  }
}
