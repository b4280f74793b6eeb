package jp.yamaguchi.katsudo.page.domain;

import jp.yamaguchi.katsudo.core.site.Site;

/**
 * Tells whether a page path is already answered by something else (another module's screen, the
 * admin, static files), so a page there could never be seen.
 */
public interface ReservedPaths {

  boolean reserved(Site site, String path);
}
