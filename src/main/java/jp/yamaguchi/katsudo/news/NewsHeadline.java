package jp.yamaguchi.katsudo.news;

import java.time.LocalDate;
import jp.yamaguchi.katsudo.core.site.Site;

/**
 * A published news item as lists show it.
 *
 * @param id the item's id
 * @param site its site
 * @param kind its kind
 * @param title its title
 * @param publishedOn the date shown with it
 */
public record NewsHeadline(long id, Site site, NewsKind kind, String title, LocalDate publishedOn) {

  /** The public page of the item. */
  public String url() {
    return kind.detailPath(site, id);
  }
}
