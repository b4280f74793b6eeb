package jp.yamaguchi.katsudo.core.sitemap;

import java.util.stream.Stream;

/**
 * Implemented by each module with public pages; {@code sitemap.xml} and the site map pages list
 * what every contributor returns.
 */
public interface SitemapContributor {

  Stream<SitemapEntry> entries();
}
