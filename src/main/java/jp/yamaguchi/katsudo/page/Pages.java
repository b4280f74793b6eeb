package jp.yamaguchi.katsudo.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.page.domain.Page;
import jp.yamaguchi.katsudo.page.domain.PageHead;
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

  /** The visible pages above a page, top first: one query by their paths. */
  private List<PageLink> ancestors(Page page) {
    String path = page.getPath();
    List<String> paths = new ArrayList<>();
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      paths.add(path.substring(0, slash));
    }
    if (paths.isEmpty()) return List.of();
    return repository.findHeadsBySiteAndPathIn(page.getSite(), paths).stream()
        .filter(p -> p.state().visible())
        .sorted(Comparator.comparingInt(p -> p.path().length()))
        .map(p -> new PageLink(p.publishedTitle(), p.publicPath()))
        .toList();
  }

  /** The visible pages below a page, in their published navigation order. */
  private List<PageLink> children(Page page) {
    return repository.findHeadsByParentIdAndStateIn(page.getId(), PageState.VISIBLE).stream()
        .sorted(
            Comparator.comparingInt(PageHead::navOrder)
                .thenComparing(PageHead::publishedTitle, Comparator.nullsLast(String::compareTo)))
        .map(c -> new PageLink(c.publishedTitle(), c.publicPath()))
        .toList();
  }
}
