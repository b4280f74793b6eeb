package jp.yamaguchi.katsudo.book;

import java.util.UUID;

/** Unique values for tests that share one database. */
final class BookFixtures {

  private BookFixtures() {}

  /** A receipt-number prefix of letters only, unique for one test (e.g. {@code TQXKZ}). */
  static String prefix() {
    String hex = UUID.randomUUID().toString().replace("-", "");
    StringBuilder s = new StringBuilder("T");
    for (int i = 0; i < 7; i++) s.append((char) ('A' + Character.digit(hex.charAt(i), 16)));
    return s.toString();
  }
}
