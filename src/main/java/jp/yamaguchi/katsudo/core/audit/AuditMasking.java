package jp.yamaguchi.katsudo.core.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before it reaches the audit log: mail addresses keep their first character
 * and their domain ({@code t***@example.jp}), phone numbers keep their last two digits.
 */
public final class AuditMasking {

  private static final Pattern EMAIL =
      Pattern.compile("([\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]*@([\\p{L}\\p{N}.\\-]+)");

  /**
   * A Japanese phone number: starts with 0, 10 or 11 digits, hyphens optional ({@code
   * 083-922-0000}, {@code 09012345678}); other digit runs (IDs, counts) are left alone.
   */
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\d-])0\\d{1,4}-?\\d{1,4}-?\\d{3,4}(?![\\d-])");

  private AuditMasking() {}

  /** {@code taro@example.jp} becomes {@code t***@example.jp}; null stays null. */
  public static String email(String email) {
    if (email == null) return null;
    Matcher m = EMAIL.matcher(email.strip());
    return m.matches() ? m.group(1) + "***@" + m.group(2) : "***";
  }

  /** Masks every mail address and phone number in free text (a phone keeps its last 2 digits). */
  public static String text(String text) {
    if (text == null) return null;
    String masked = EMAIL.matcher(text).replaceAll("$1***@$2");
    Matcher m = PHONE.matcher(masked);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String digits = m.group().replace("-", "");
      String replacement =
          digits.length() == 10 || digits.length() == 11
              ? "***" + digits.substring(digits.length() - 2)
              : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
