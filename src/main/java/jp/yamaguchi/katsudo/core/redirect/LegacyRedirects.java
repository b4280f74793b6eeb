package jp.yamaguchi.katsudo.core.redirect;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves old URLs. The whole {@code /boranet201909/} tree moved to {@code /aikasanet/} and is
 * redirected by prefix; every other old path is looked up in the staff-kept table before a 404.
 */
@Service
public class LegacyRedirects {

  public static final String OLD_AIKASANET_PREFIX = "/boranet201909/";

  private final LegacyRedirectRepository repository;

  public LegacyRedirects(LegacyRedirectRepository repository) {
    this.repository = repository;
  }

  /** The new location of an old path, counting the hit, or empty when it is not known. */
  @Transactional
  public Optional<String> resolve(String path) {
    if (path == null || path.isEmpty()) return Optional.empty();
    Optional<LegacyRedirect> found = repository.findByOldPath(path);
    if (found.isEmpty()) {
      String alternative = path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
      if (!alternative.isEmpty()) found = repository.findByOldPath(alternative);
    }
    found.ifPresent(r -> repository.countHit(r.getId()));
    return found.map(LegacyRedirect::getNewUrl);
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
}
