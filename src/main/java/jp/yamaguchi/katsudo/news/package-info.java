/**
 * お知らせ and センターからのお知らせ of both sites: staff write them, review them with the core review pattern
 * and publish them; the public sees lists with yearly archives and detail pages.
 *
 * <p>Public API: {@link jp.yamaguchi.katsudo.news.NewsKind}, {@link
 * jp.yamaguchi.katsudo.news.NewsFeed} (newest items for the home pages) and {@link
 * jp.yamaguchi.katsudo.news.NewsImport} (bulk import for demo data and the legacy migration).
 */
@org.springframework.modulith.ApplicationModule(displayName = "News")
package jp.yamaguchi.katsudo.news;
