package jp.yamaguchi.katsudo.page.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.nav.NavItem;
import jp.yamaguchi.katsudo.core.nav.NavigationContributor;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.sitemap.SitemapContributor;
import jp.yamaguchi.katsudo.core.sitemap.SitemapEntry;
import jp.yamaguchi.katsudo.core.tx.AfterCommit;
import jp.yamaguchi.katsudo.page.PageState;
import jp.yamaguchi.katsudo.page.domain.PageHead;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Published pages in the site navigation (by their published placement and order) and in the
 * sitemap. The navigation is read on every public page, so it is held in memory.
 *
 * <p>What is held is tagged with the generation it was loaded in. A change of what the public sees
 * ({@link ContentChanged} for pages) starts a new generation at once and again after its commit
 * ({@link AfterCommit}), so a load that began before the commit (and may have read the old rows) is
 * never used afterwards, even if it is stored after the eviction. With several app servers each
 * holds its own copy; the page cache's time limit bounds how long another server may show it.
 */
@Component
class PageNavigation implements NavigationContributor, SitemapContributor {

  /** The navigation as loaded in one generation, and when it may no longer be used. */
  private record Held(
      long generation, long expiresAt, Map<Site, Map<NavArea, List<NavItem>>> map) {}

  private final PageRepository repository;
  private final MessageSource messages;
  private final long ttlNanos;
  private final AtomicLong generation = new AtomicLong();
  private volatile Held held;

  PageNavigation(PageRepository repository, MessageSource messages, KatsudoProperties properties) {
    this.repository = repository;
    this.messages = messages;
    this.ttlNanos = properties.pageCacheTtl().toNanos();
  }

  @Override
  public List<NavItem> items(Site site, NavArea area) {
    if (area == NavArea.NONE) return List.of();
    return current().getOrDefault(site, Map.of()).getOrDefault(area, List.of());
  }

  private Map<Site, Map<NavArea, List<NavItem>>> current() {
    long now = System.nanoTime();
    long g = generation.get();
    Held h = held;
    if (h != null && h.generation() == g && h.expiresAt() - now > 0) return h.map();
    Map<Site, Map<NavArea, List<NavItem>>> loaded = load();
    // Tagged with the generation read before loading: if a change happened meanwhile, the tag
    // is already old and the next request loads again.
    held = new Held(g, now + ttlNanos, loaded);
    return loaded;
  }

  private Map<Site, Map<NavArea, List<NavItem>>> load() {
    Map<Site, Map<NavArea, List<NavItem>>> out = new EnumMap<>(Site.class);
    for (PageHead p : repository.findHeadsByStateIn(PageState.VISIBLE)) {
      NavArea area = p.publishedNavArea();
      if (area == null || area == NavArea.NONE) continue;
      out.computeIfAbsent(p.site(), s -> new EnumMap<>(NavArea.class))
          .computeIfAbsent(area, a -> new ArrayList<>())
          .add(new NavItem(p.publicPath(), p.publishedTitle(), p.navOrder()));
    }
    out.values().forEach(m -> m.replaceAll((a, items) -> List.copyOf(items)));
    return out;
  }

  /**
   * Starts a new generation now and once more after the change commits. Not a transactional
   * listener on purpose: the event publication registry need not keep a record of an eviction.
   */
  @EventListener
  void on(ContentChanged event) {
    if (!"page".equals(event.contentType())) return;
    AfterCommit.evict(generation::incrementAndGet);
  }

  @Override
  public Stream<SitemapEntry> entries() {
    List<PageHead> pages = repository.findHeadsByStateIn(PageState.VISIBLE);
    Map<String, PageHead> byKey =
        pages.stream().collect(Collectors.toMap(p -> p.site() + ":" + p.path(), p -> p));
    Set<String> parents =
        pages.stream()
            .filter(p -> p.path().contains("/"))
            .map(p -> p.site() + ":" + p.path().substring(0, p.path().indexOf('/')))
            .collect(Collectors.toSet());
    String general =
        messages.getMessage("page.sitemap.section", null, LocaleContextHolder.getLocale());
    return pages.stream()
        .map(
            p -> {
              String top = p.path().split("/")[0];
              String topKey = p.site() + ":" + top;
              PageHead topPage = byKey.get(topKey);
              String section =
                  topPage != null && parents.contains(topKey) ? topPage.publishedTitle() : general;
              LocalDate modified =
                  p.publishedAt() == null
                      ? null
                      : p.publishedAt().atZone(ClockConfig.ZONE).toLocalDate();
              return new SitemapEntry(
                  p.site(), p.publicPath(), p.publishedTitle(), section, modified, true);
            });
  }
}
