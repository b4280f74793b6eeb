/**
 * 活動実績・事例 (activity reports) of Supernet: what groups did, with photos (each with its required
 * alternative text) and related groups. Staff write them or the public posts them (掲載登録); staff
 * review and publish them with the core review pattern; the public finds them in a searchable list
 * and detail pages.
 *
 * <p>Public API: {@link jp.yamaguchi.katsudo.report.ReportImport} and {@link
 * jp.yamaguchi.katsudo.report.ImportedReport} (demo data, legacy migration), and the hook {@link
 * jp.yamaguchi.katsudo.report.RelatedGroupLinks} the directory module implements to turn related
 * organisation ids into links.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity reports")
package jp.yamaguchi.katsudo.report;
