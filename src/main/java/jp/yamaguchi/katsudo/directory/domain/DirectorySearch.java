package jp.yamaguchi.katsudo.directory.domain;

import java.util.Set;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;

/**
 * Filters of the directory's public search and the staff list. Every null or empty filter is off;
 * all filters that are on must match.
 *
 * @param words words that must all occur in the name, its ふりがな or 活動内容 (case-insensitive, {@code %}
 *     and {@code _} match themselves), or blank
 * @param kind only this type (県民活動団体 / NPO法人 / 企業)
 * @param classification only this 分類 code (GROUP_CLASS or COMPANY_CLASS)
 * @param fields at least one of these 活動分野 codes
 * @param targetArea only this 対象エリア code
 * @param city the MUNICIPALITY code of the address (市町) or of one of the 対象市町
 * @param features every one of these 特徴 codes
 * @param status only this 活動状況
 * @param state only this review state; null for every state but DRAFT (a public registration whose
 *     mail address is not confirmed yet); the public search always uses PUBLISHED
 */
public record DirectorySearch(
    String words,
    OrganisationKind kind,
    String classification,
    Set<String> fields,
    String targetArea,
    String city,
    Set<String> features,
    DirectoryStatus status,
    ReviewState state) {

  public DirectorySearch {
    words = words == null || words.isBlank() ? null : words.strip();
    classification = blankToNull(classification);
    targetArea = blankToNull(targetArea);
    city = blankToNull(city);
    fields = fields == null ? Set.of() : Set.copyOf(fields);
    features = features == null ? Set.of() : Set.copyOf(features);
  }

  /** No filter at all. */
  public static DirectorySearch all() {
    return new DirectorySearch(null, null, null, null, null, null, null, null, null);
  }

  /** The same filters, for published entries only. */
  public DirectorySearch publishedOnly() {
    return new DirectorySearch(
        words,
        kind,
        classification,
        fields,
        targetArea,
        city,
        features,
        status,
        ReviewState.PUBLISHED);
  }

  /** Whether any filter is on (besides the review state). */
  public boolean filtered() {
    return words != null
        || kind != null
        || classification != null
        || !fields.isEmpty()
        || targetArea != null
        || city != null
        || !features.isEmpty()
        || status != null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
