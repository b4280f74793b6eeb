package jp.yamaguchi.katsudo.page;

import java.time.Instant;
import java.util.List;
import jp.yamaguchi.katsudo.core.site.Site;

/**
 * A page as it is shown: the published copy for visitors, or the working copy in a preview.
 *
 * @param id the page id
 * @param site its site
 * @param href its public path
 * @param title its title
 * @param metaDescription its description for search engines, or null
 * @param blocks its content
 * @param ancestors the visible pages above it, top first (for breadcrumbs)
 * @param children the visible pages below it, in navigation order
 * @param updatedAt when the shown copy was published (or saved, in a preview)
 */
public record PageView(
    long id,
    Site site,
    String href,
    String title,
    String metaDescription,
    List<Block> blocks,
    List<PageLink> ancestors,
    List<PageLink> children,
    Instant updatedAt) {}
