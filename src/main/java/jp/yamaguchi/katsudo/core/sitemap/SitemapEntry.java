package jp.yamaguchi.katsudo.core.sitemap;

import java.time.LocalDate;
import jp.yamaguchi.katsudo.core.site.Site;

/**
 * One public page for {@code sitemap.xml} and the generated site map page.
 *
 * @param site the site it belongs to
 * @param path the absolute path, e.g. {@code /center/access}
 * @param title the page's title
 * @param section the heading it is grouped under on the site map page
 * @param lastModified when it last changed, or null
 * @param listed whether the HTML site map lists it (detail pages of large types are not)
 */
public record SitemapEntry(
    Site site, String path, String title, String section, LocalDate lastModified, boolean listed) {}
