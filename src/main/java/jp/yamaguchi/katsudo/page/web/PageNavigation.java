package jp.yamaguchi.katsudo.page.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.nav.NavItem;
import jp.yamaguchi.katsudo.core.nav.NavigationContributor;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.sitemap.SitemapContributor;
import jp.yamaguchi.katsudo.core.sitemap.SitemapEntry;
import jp.yamaguchi.katsudo.page.PageState;
import jp.yamaguchi.katsudo.page.domain.Page;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Published pages in the site navigation (by their published placement and order) and in the
 * sitemap. The navigation is read on every public page, so it is held in memory and dropped after
 * any page change has committed.
 */
@Component
class PageNavigation implements NavigationContributor, SitemapContributor {

  private static final Set<PageState> VISIBLE = Set.of(PageState.PUBLISHED, PageState.CHANGED);

  private final PageRepository repository;
  private final MessageSource messages;
  private volatile Map<Site, Map<NavArea, List<NavItem>>> cache;

  PageNavigation(PageRepository repository, MessageSource messages) {
    this.repository = repository;
    this.messages = messages;
  }

  @Override
  public List<NavItem> items(Site site, NavArea area) {
    if (area == NavArea.NONE) return List.of();
    Map<Site, Map<NavArea, List<NavItem>>> current = cache;
    if (current == null) {
      current = load();
      cache = current;
    }
    return current.getOrDefault(site, Map.of()).getOrDefault(area, List.of());
  }

  private Map<Site, Map<NavArea, List<NavItem>>> load() {
    Map<Site, Map<NavArea, List<NavItem>>> out = new EnumMap<>(Site.class);
    for (Page p : repository.findByStateInOrderBySiteAscPathAsc(VISIBLE)) {
      NavArea area = p.getPublishedNavArea();
      if (area == null || area == NavArea.NONE) continue;
      int order = p.getPublishedNavOrder() == null ? 0 : p.getPublishedNavOrder();
      out.computeIfAbsent(p.getSite(), s -> new EnumMap<>(NavArea.class))
          .computeIfAbsent(area, a -> new ArrayList<>())
          .add(new NavItem(p.publicPath(), p.getPublishedTitle(), order));
    }
    out.values().forEach(m -> m.replaceAll((a, items) -> List.copyOf(items)));
    return out;
  }

  /**
   * Drops the held navigation once a page change has committed (dropping it earlier could let a
   * concurrent request hold the old state again). Not a transactional listener on purpose: the
   * event publication registry need not keep a record of a cache eviction.
   */
  @EventListener
  void on(ContentChanged event) {
    if (!"page".equals(event.contentType())) return;
    cache = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              cache = null;
            }
          });
    }
  }

  @Override
  public Stream<SitemapEntry> entries() {
    List<Page> pages = repository.findByStateInOrderBySiteAscPathAsc(VISIBLE);
    Map<String, Page> byKey =
        pages.stream().collect(Collectors.toMap(p -> p.getSite() + ":" + p.getPath(), p -> p));
    Set<String> parents =
        pages.stream()
            .filter(p -> p.getPath().contains("/"))
            .map(p -> p.getSite() + ":" + p.getPath().substring(0, p.getPath().indexOf('/')))
            .collect(Collectors.toSet());
    String general =
        messages.getMessage("page.sitemap.section", null, LocaleContextHolder.getLocale());
    return pages.stream()
        .map(
            p -> {
              String top = p.getPath().split("/")[0];
              String topKey = p.getSite() + ":" + top;
              Page topPage = byKey.get(topKey);
              String section =
                  topPage != null && parents.contains(topKey)
                      ? topPage.getPublishedTitle()
                      : general;
              LocalDate modified =
                  p.getPublishedAt() == null
                      ? null
                      : p.getPublishedAt().atZone(ClockConfig.ZONE).toLocalDate();
              return new SitemapEntry(
                  p.getSite(), p.publicPath(), p.getPublishedTitle(), section, modified, true);
            });
  }
}
