package jp.yamaguchi.katsudo.core.nav;

/**
 * A navigation link.
 *
 * @param href a site-relative URL or an absolute external URL
 * @param label Japanese link text
 * @param order position within its area (lower first)
 * @param external whether it leaves this site (rendered with a notice)
 */
public record NavItem(String href, String label, int order, boolean external) {

  public NavItem(String href, String label, int order) {
    this(href, label, order, false);
  }

  /** Whether this item is the current page or one of its ancestors. */
  public boolean matches(String path) {
    if (external || path == null) return false;
    if (href.equals("/") || href.equals("/aikasanet/")) return path.equals(href);
    return path.equals(href) || path.startsWith(href.endsWith("/") ? href : href + "/");
  }
}
