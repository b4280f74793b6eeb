package jp.yamaguchi.katsudo.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.page.domain.Page;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads pages: what visitors see at a path, previews, and look-ups for other modules. */
@Service
@Transactional(readOnly = true)
public class Pages {

  private final PageRepository repository;

  public Pages(PageRepository repository) {
    this.repository = repository;
  }

  /** Whether any page exists (the demo loader skips its pages then). */
  public boolean any() {
    return repository.count() > 0;
  }

  /** The id of the page at a site-relative path such as {@code center/access}. */
  public Optional<Long> idOf(Site site, String path) {
    return repository.findBySiteAndPath(site, path).map(Page::getId);
  }

  /** The published copy of the page at a site-relative path, when visitors may see it. */
  public Optional<PageView> published(Site site, String path) {
    return repository
        .findBySiteAndPath(site, path)
        .filter(p -> p.getState().visible())
        .map(
            p ->
                new PageView(
                    p.getId(),
                    p.getSite(),
                    p.publicPath(),
                    p.getPublishedTitle(),
                    p.getPublishedMetaDescription(),
                    p.publishedBlocks(),
                    ancestors(p),
                    children(p),
                    p.getPublishedAt()));
  }

  /** The working copy of a page as it would look when published. */
  public PageView preview(long id) {
    Page p = repository.findById(id).orElseThrow(() -> new NotFoundException("page " + id));
    return new PageView(
        p.getId(),
        p.getSite(),
        p.publicPath(),
        p.getTitle(),
        p.getMetaDescription(),
        p.blocks(),
        ancestors(p),
        children(p),
        p.getUpdatedAt());
  }

  private List<PageLink> ancestors(Page page) {
    List<PageLink> trail = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    Long parentId = page.getParentId();
    while (parentId != null && seen.add(parentId)) {
      Optional<Page> parent = repository.findById(parentId);
      if (parent.isEmpty()) break;
      Page p = parent.get();
      if (p.getState().visible()) {
        trail.addFirst(new PageLink(p.getPublishedTitle(), p.publicPath()));
      }
      parentId = p.getParentId();
    }
    return trail;
  }

  private List<PageLink> children(Page page) {
    return repository.findByParentIdOrderByNavOrderAscTitleAsc(page.getId()).stream()
        .filter(c -> c.getState().visible())
        .sorted(
            Comparator.comparing(
                    (Page c) -> c.getPublishedNavOrder() == null ? 0 : c.getPublishedNavOrder())
                .thenComparing(Page::getPublishedTitle))
        .map(c -> new PageLink(c.getPublishedTitle(), c.publicPath()))
        .toList();
  }
}
