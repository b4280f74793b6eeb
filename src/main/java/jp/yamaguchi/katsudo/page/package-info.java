/**
 * Fixed pages of both sites, edited by staff as ordered content blocks, with a draft working copy
 * and a published copy, revisions (Envers), diffs and restore. The public sees the published copy
 * at the page's path; navigation and the sitemap list published pages.
 *
 * <p>Public API: {@link jp.yamaguchi.katsudo.page.PageEditing}, {@link
 * jp.yamaguchi.katsudo.page.PagePublishing}, {@link jp.yamaguchi.katsudo.page.Pages} and the
 * content model {@link jp.yamaguchi.katsudo.page.Block}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fixed pages")
package jp.yamaguchi.katsudo.page;
