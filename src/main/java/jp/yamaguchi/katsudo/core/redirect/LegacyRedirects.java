package jp.yamaguchi.katsudo.core.redirect;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.tx.AfterCommit;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves old URLs. The whole {@code /boranet201909/} tree moved to {@code /aikasanet/} and is
 * redirected by prefix; every other old path is looked up in the staff-kept table before a 404.
 */
@Service
public class LegacyRedirects {

  public static final String OLD_AIKASANET_PREFIX = "/boranet201909/";
  public static final int OLD_PATH_MAX = 500;
  public static final int NEW_URL_MAX = 1000;
  public static final int NOTE_MAX = 200;

  private final LegacyRedirectRepository repository;
  private final ApplicationEventPublisher events;

  /** A known old path and its target; {@code id == null} records that a path is not known. */
  private record Target(Long id, String url) {}

  private static final Target UNKNOWN = new Target(null, null);

  /**
   * Lookups, the misses included: every 404 (crawlers, mistyped URLs) asks here, so the table is
   * read once per path and not on every request. Emptied when staff change a redirect.
   */
  private final Cache<String, Target> lookups =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(30)).build();

  /** Hits counted in memory and added to the table once a minute (see {@link #flushHits()}). */
  private final Map<Long, LongAdder> pendingHits = new ConcurrentHashMap<>();

  private final Clock clock;

  public LegacyRedirects(
      LegacyRedirectRepository repository, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.clock = clock;
    this.events = events;
  }

  /** The new location of an old path, counting the hit, or empty when it is not known. */
  public Optional<String> resolve(String path) {
    if (path == null || path.isEmpty()) return Optional.empty();
    Target target = lookups.get(path, this::lookUp);
    if (target.id() == null) return Optional.empty();
    pendingHits.computeIfAbsent(target.id(), k -> new LongAdder()).increment();
    return Optional.of(target.url());
  }

  private Target lookUp(String path) {
    Optional<LegacyRedirect> found = repository.findByOldPath(path);
    if (found.isEmpty()) {
      String alternative = path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
      if (!alternative.isEmpty()) found = repository.findByOldPath(alternative);
    }
    return found.map(r -> new Target(r.getId(), r.getNewUrl())).orElse(UNKNOWN);
  }

  /**
   * Adds the counted hits to the table. Each app server adds its own counts ({@code hits = hits +
   * n}), so nothing is lost or counted twice with several servers.
   */
  @Scheduled(fixedDelayString = "${katsudo.redirect-hit-flush:60s}")
  @PreDestroy
  @Transactional
  public void flushHits() {
    for (Long id : List.copyOf(pendingHits.keySet())) {
      LongAdder adder = pendingHits.remove(id);
      if (adder != null && adder.sum() > 0) repository.countHits(id, adder.sum());
    }
  }

  /** The path under the new Aikasanet prefix for anything under the old one, or empty. */
  public static Optional<String> movedPrefix(String path) {
    if (path == null) return Optional.empty();
    if (path.equals("/boranet201909")) return Optional.of("/aikasanet/");
    if (path.startsWith(OLD_AIKASANET_PREFIX)) {
      return Optional.of("/aikasanet/" + path.substring(OLD_AIKASANET_PREFIX.length()));
    }
    return Optional.empty();
  }

  /** Redirects whose old path or new URL contains {@code query} (all when blank). */
  @Transactional(readOnly = true)
  public Page<LegacyRedirect> search(String query, Pageable pageable) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) return repository.findAll(pageable);
    return repository.findByOldPathContainingIgnoreCaseOrNewUrlContainingIgnoreCase(q, q, pageable);
  }

  @Transactional(readOnly = true)
  public LegacyRedirect get(long id) {
    return repository
        .findById(id)
        .orElseThrow(() -> new NotFoundException("legacy redirect " + id));
  }

  /**
   * Adds a redirect. The old path is a path of this host ({@code /…}, no scheme, host, query or
   * fragment; non-ASCII characters are stored percent-encoded, as requests arrive) and unique; the
   * new URL is a path of this site or an {@code https://} URL.
   */
  @Transactional
  public LegacyRedirect create(String oldPath, String newUrl, String note, String by) {
    String path = checkOldPath(oldPath);
    String target = checkNewUrl(newUrl, path);
    if (repository.findByOldPath(path).isPresent()) {
      throw new BusinessException("e.redirect.oldPath.taken");
    }
    LegacyRedirect saved =
        repository.save(new LegacyRedirect(path, target, checkNote(note), by, clock.instant()));
    changed(saved.getId());
    return saved;
  }

  @Transactional
  public LegacyRedirect update(long id, String oldPath, String newUrl, String note) {
    LegacyRedirect redirect = get(id);
    String path = checkOldPath(oldPath);
    String target = checkNewUrl(newUrl, path);
    Optional<LegacyRedirect> other = repository.findByOldPath(path);
    if (other.isPresent() && !other.get().getId().equals(id)) {
      throw new BusinessException("e.redirect.oldPath.taken");
    }
    redirect.change(path, target, checkNote(note));
    changed(id);
    return redirect;
  }

  @Transactional
  public void delete(long id) {
    repository.delete(get(id));
    changed(id);
  }

  /**
   * A path or URL as it is stored and matched: trimmed, non-ASCII characters percent-encoded in
   * UTF-8 (as browsers send them and as a Location header must carry them).
   */
  public static String normalize(String value) {
    if (value == null) return "";
    String p = value.strip();
    var out = new StringBuilder(p.length());
    for (int i = 0; i < p.length(); ) {
      int cp = p.codePointAt(i);
      if (cp < 0x80) {
        out.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static String checkOldPath(String oldPath) {
    String p = normalize(oldPath);
    if (p.isEmpty()) throw new BusinessException("e.redirect.oldPath.required");
    if (p.charAt(0) != '/' || p.startsWith("//") || hasUnsafe(p, true)) {
      throw new BusinessException("e.redirect.oldPath.format");
    }
    if (p.length() > OLD_PATH_MAX) {
      throw new BusinessException("e.redirect.oldPath.length", OLD_PATH_MAX);
    }
    return p;
  }

  private static String checkNewUrl(String newUrl, String oldPath) {
    String u = normalize(newUrl);
    if (u.isEmpty()) throw new BusinessException("e.redirect.newUrl.required");
    boolean sitePath = u.charAt(0) == '/' && !u.startsWith("//");
    boolean https = u.startsWith("https://") && u.length() > "https://".length();
    if (!(sitePath || https) || hasUnsafe(u, false)) {
      throw new BusinessException("e.redirect.newUrl.format");
    }
    if (https && (u.charAt(8) == '/' || u.charAt(8) == '.')) {
      throw new BusinessException("e.redirect.newUrl.format");
    }
    if (u.length() > NEW_URL_MAX) {
      throw new BusinessException("e.redirect.newUrl.length", NEW_URL_MAX);
    }
    if (u.equals(oldPath)) throw new BusinessException("e.redirect.newUrl.loop");
    return u;
  }

  private static String checkNote(String note) {
    if (note == null || note.isBlank()) return null;
    String n = note.strip();
    if (n.length() > NOTE_MAX) throw new BusinessException("e.redirect.note.length", NOTE_MAX);
    return n;
  }

  /** Whitespace, control characters, quotes, angle brackets or a backslash (and ?/# in paths). */
  private static boolean hasUnsafe(String s, boolean path) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 0x20 || c == 0x7f || c == '\\' || c == '"' || c == '<' || c == '>') return true;
      if (path && (c == '?' || c == '#')) return true;
    }
    return false;
  }

  private void changed(Long id) {
    AfterCommit.evict(lookups::invalidateAll);
    events.publishEvent(new ContentChanged("legacy_redirect", id));
  }
}
