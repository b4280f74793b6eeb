package jp.yamaguchi.katsudo.core.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before it reaches the audit log: mail addresses keep their first character
 * and their domain ({@code t***@example.jp}), phone numbers keep their last two digits.
 *
 * <p>Everything here runs in time linear in the length of the text, whatever it holds: the audit
 * log receives what a stranger typed as a login ID. Free text is scanned by hand, without regular
 * expressions (a former pattern took quadratic time on a long run of letters without {@code @});
 * see docs/security.md, 「入力に使う正規表現」.
 */
public final class AuditMasking {

  /**
   * One mail address, for {@link #email}: a run of local-part characters, {@code @}, a run of
   * domain characters. Used with {@code matches()} only, so it starts at one place; the runs are
   * possessive ({@code *+}, {@code ++}) because neither holds an {@code @} and giving characters
   * back can never help. Linear.
   */
  private static final Pattern EMAIL =
      Pattern.compile("([\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]*+@([\\p{L}\\p{N}.\\-]++)");

  /**
   * The shape of a Japanese phone number: starts with 0, hyphens optional ({@code 083-922-0000},
   * {@code 09012345678}). Applied only to a run of digits and hyphens of at most {@link #PHONE_MAX}
   * characters, so each check costs a fixed, small number of steps.
   */
  private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}");

  /** The longest text {@link #PHONE} can match. */
  private static final int PHONE_MAX = 15;

  private AuditMasking() {}

  /** {@code taro@example.jp} becomes {@code t***@example.jp}; null stays null. */
  public static String email(String email) {
    if (email == null) return null;
    Matcher m = EMAIL.matcher(email.strip());
    return m.matches() ? m.group(1) + "***@" + m.group(2) : "***";
  }

  /**
   * Masks every mail address and phone number in free text: an address keeps its first character
   * and its domain, a phone number of 10 or 11 digits its last two; other digit runs (IDs, counts)
   * are left alone. Linear in the length of the text.
   */
  public static String text(String text) {
    if (text == null) return null;
    return phones(addresses(text));
  }

  /**
   * Masks free text and cuts it to at most {@code max} characters. Only the first {@code 2 × max}
   * characters are read, so a huge input (a megabyte typed as a login ID) costs no more than a
   * short one. An address or number that this early cut would split in two is dropped whole
   * (replaced by 「…」), because half of it could no longer be recognised and masked.
   */
  public static String text(String text, int max) {
    if (text == null) return null;
    String head = text;
    if (text.length() > 2 * max) {
      head = cutSafely(text, 2 * max);
      int end = head.length();
      while (end > 0 && isTokenChar(head.codePointBefore(end))) {
        end -= Character.charCount(head.codePointBefore(end));
      }
      head = head.substring(0, end) + "…";
    }
    return cutSafely(text(head), max);
  }

  /** The first {@code max} characters, never ending in half of a surrogate pair. */
  public static String cutSafely(String value, int max) {
    if (value == null || value.length() <= max) return value;
    int end = max;
    if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) end--;
    return value.substring(0, end);
  }

  /**
   * Every address {@code <local>@<domain>}: the longest run of local-part characters before an
   * {@code @} (not reaching back into the previous address) and the longest run of domain
   * characters after it, each at least one character. Each {@code @} looks back only as far as the
   * previous {@code @} (which is no local-part character), so every character is read at most
   * twice.
   */
  private static String addresses(String text) {
    StringBuilder out = null;
    int done = 0; // everything before this index is copied or masked
    int at = text.indexOf('@');
    while (at >= 0) {
      int start = at;
      while (start > done && isLocalChar(text.codePointBefore(start))) {
        start -= Character.charCount(text.codePointBefore(start));
      }
      int end = at + 1;
      while (end < text.length() && isDomainChar(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      if (start < at && end > at + 1) {
        if (out == null) out = new StringBuilder(text.length());
        int first = start + Character.charCount(text.codePointAt(start));
        out.append(text, done, first).append("***@").append(text, at + 1, end);
        done = end;
      }
      at = text.indexOf('@', Math.max(end, at + 1));
    }
    if (out == null) return text;
    return out.append(text, done, text.length()).toString();
  }

  /**
   * Every phone number: a run of digits and hyphens (never part of a longer one) of the shape of
   * {@link #PHONE}, with 10 or 11 digits, keeps its last two digits.
   */
  private static String phones(String text) {
    StringBuilder out = null;
    int done = 0;
    int i = 0;
    while (i < text.length()) {
      if (!isPhoneChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isPhoneChar(text.charAt(i))) i++;
      if (i - start > PHONE_MAX) continue;
      String run = text.substring(start, i);
      if (!PHONE.matcher(run).matches()) continue;
      String digits = run.replace("-", "");
      if (digits.length() != 10 && digits.length() != 11) continue;
      if (out == null) out = new StringBuilder(text.length());
      out.append(text, done, start)
          .append("***")
          .append(digits, digits.length() - 2, digits.length());
      done = i;
    }
    if (out == null) return text;
    return out.append(text, done, text.length()).toString();
  }

  /** {@code [\p{L}\p{N}._%+-]}: a character of the local part of an address. */
  private static boolean isLocalChar(int cp) {
    return isLetterOrNumber(cp) || cp == '.' || cp == '_' || cp == '%' || cp == '+' || cp == '-';
  }

  /** {@code [\p{L}\p{N}.-]}: a character of the domain of an address. */
  private static boolean isDomainChar(int cp) {
    return isLetterOrNumber(cp) || cp == '.' || cp == '-';
  }

  /** {@code [0-9-]}: what a phone number is written with. */
  private static boolean isPhoneChar(char ch) {
    return (ch >= '0' && ch <= '9') || ch == '-';
  }

  /**
   * What an address or a phone number may be made of: never split by {@link #text(String, int)}.
   */
  private static boolean isTokenChar(int cp) {
    return isLocalChar(cp) || cp == '@';
  }

  /** {@code \p{L}} or {@code \p{N}}. */
  private static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
