/**
 * 助成 (grants) of Supernet: staff and the public (掲載登録) enter grant calls; staff review and publish
 * them with the core review pattern. The public finds them in a searchable list (open calls first),
 * a calendar of application deadlines, iCal feeds and detail pages. 募集中 / 締切間近 / 募集終了 is computed
 * from the application period and today's date ({@link jp.yamaguchi.katsudo.grant.GrantStatus}),
 * never stored.
 *
 * <p>Public API: {@link jp.yamaguchi.katsudo.grant.GrantStatus}, {@link
 * jp.yamaguchi.katsudo.grant.GrantImport} (bulk import for demo data and the legacy migration) and
 * {@link jp.yamaguchi.katsudo.grant.ImportedGrant}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grants")
package jp.yamaguchi.katsudo.grant;
