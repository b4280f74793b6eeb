package jp.yamaguchi.katsudo.page.domain;

import java.time.Instant;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.page.PageState;

/**
 * The few columns of a page that links, menus, breadcrumbs and the sitemap need: read by a JPQL
 * projection, so neither body (working or published) is loaded.
 *
 * @param id the page id
 * @param site its site
 * @param path its site-relative path
 * @param state where it stands
 * @param publishedTitle the title visitors see
 * @param publishedNavArea where the published copy is linked from
 * @param publishedNavOrder its published position there
 * @param publishedAt when it was last published
 */
public record PageHead(
    Long id,
    Site site,
    String path,
    PageState state,
    String publishedTitle,
    NavArea publishedNavArea,
    Integer publishedNavOrder,
    Instant publishedAt) {

  /** The JPQL select clause building this record from a page aliased {@code p}. */
  static final String SELECT =
      "select new jp.yamaguchi.katsudo.page.domain.PageHead(p.id, p.site, p.path, p.state,"
          + " p.publishedTitle, p.publishedNavArea, p.publishedNavOrder, p.publishedAt)"
          + " from Page p ";

  /** The public URL path, e.g. {@code /aikasanet/faq}. */
  public String publicPath() {
    return site.path(path);
  }

  /** The published navigation order (0 when never published). */
  public int navOrder() {
    return publishedNavOrder == null ? 0 : publishedNavOrder;
  }
}
