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
  private static final Pattern PHONE = Pattern.compile("\\d{2,5}-?\\d{1,4}-?\\d{2,4}(\\d{2})");

  private AuditMasking() {}

  /** {@code taro@example.jp} becomes {@code t***@example.jp}; null stays null. */
  public static String email(String email) {
    if (email == null) return null;
    Matcher m = EMAIL.matcher(email.strip());
    return m.matches() ? m.group(1) + "***@" + m.group(2) : "***";
  }

  /** Masks every mail address and phone-like number in free text. */
  public static String text(String text) {
    if (text == null) return null;
    String masked = EMAIL.matcher(text).replaceAll("$1***@$2");
    return PHONE.matcher(masked).replaceAll("***$1");
  }
}
