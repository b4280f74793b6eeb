package jp.yamaguchi.katsudo.core.web;

import java.util.Locale;

/**
 * SQL {@code LIKE} patterns from words people type into a search field. The escape character is
 * {@link #ESCAPE}; pass it to {@code CriteriaBuilder.like(x, pattern, Like.ESCAPE)} (or {@code
 * escape '\'} in JPQL), so {@code %}, {@code _} and {@code \} typed by a person match themselves.
 */
public final class Like {

  /** The escape character of the patterns built here. */
  public static final char ESCAPE = '\\';

  private Like() {}

  /** The text with the escape character, {@code %} and {@code _} escaped. */
  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * A pattern matching values that contain the word, for comparing with a lowercased column: the
   * word is trimmed, lowercased and escaped.
   */
  public static String containsLower(String word) {
    return "%" + escape(word.strip().toLowerCase(Locale.ROOT)) + "%";
  }
}
