package jp.yamaguchi.katsudo.core.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.LongAdder;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.tx.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rendered anonymous public pages, held for a short time ({@code katsudo.page-cache-ttl}) and
 * forgotten at once when anything public changes ({@link ContentChanged}, when it is published and
 * again after its transaction commits, so a request racing the commit cannot keep old content).
 * With several app servers each holds its own copy; the time limit bounds how long another server
 * may show the old page.
 */
@Component
public class PageCache {

  /** A cached response: status 200 body and the headers needed to replay it. */
  public record Entry(byte[] body, String contentType, String contentLanguage) {}

  private final Cache<String, Entry> cache;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /**
   * Caffeine's admission policy (W-TinyLFU) keeps frequently requested pages when a crawler or an
   * attacker requests many one-off URLs (e.g. random query strings), so those cannot push the home
   * pages out.
   */
  public PageCache(KatsudoProperties properties) {
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .<String, Entry>weigher((k, v) -> v.body().length + k.length())
            .expireAfterWrite(properties.pageCacheTtl())
            .build();
  }

  public Entry get(String key) {
    Entry e = cache.getIfPresent(key);
    (e == null ? misses : hits).increment();
    return e;
  }

  public void put(String key, Entry entry) {
    cache.put(key, entry);
  }

  public long size() {
    return cache.estimatedSize();
  }

  public long hits() {
    return hits.sum();
  }

  public long misses() {
    return misses.sum();
  }

  public void clear() {
    cache.invalidateAll();
  }

  /**
   * Empties the cache now and again after the change commits. Not a transactional event listener:
   * Spring Modulith would record a publication row for every change.
   */
  @EventListener
  void onChange(ContentChanged event) {
    AfterCommit.evict(this::clear);
  }
}
