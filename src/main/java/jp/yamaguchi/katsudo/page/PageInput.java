package jp.yamaguchi.katsudo.page;

import java.util.List;
import jp.yamaguchi.katsudo.core.nav.NavArea;

/**
 * What staff enter for a page (its working copy and its place in the tree).
 *
 * @param parentId the parent page, or null for a top-level page
 * @param slug the last part of its path: lowercase ASCII letters, digits and hyphens
 * @param title the page title (its h1)
 * @param metaDescription the description search engines show (at most 120 characters)
 * @param navArea where the site's navigation links to it
 * @param navOrder its position there (lower first)
 * @param blocks its content
 */
public record PageInput(
    Long parentId,
    String slug,
    String title,
    String metaDescription,
    NavArea navArea,
    int navOrder,
    List<Block> blocks) {

  public PageInput {
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
  }
}
