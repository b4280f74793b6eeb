package jp.yamaguchi.katsudo.core.web;

/**
 * Keeps redirect targets inside this site. Only a path that starts with a single slash is accepted;
 * absolute, scheme-relative ({@code //host}), backslash and control-character targets fall back.
 */
public final class SafeRedirects {

  private SafeRedirects() {}

  public static String localPathOr(String candidate, String fallback) {
    if (candidate == null || candidate.isEmpty() || candidate.length() > 2000) return fallback;
    if (candidate.charAt(0) != '/') return fallback;
    if (candidate.length() > 1 && (candidate.charAt(1) == '/' || candidate.charAt(1) == '\\')) {
      return fallback;
    }
    for (int i = 0; i < candidate.length(); i++) {
      char ch = candidate.charAt(i);
      if (ch == '\\' || Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
        return fallback;
      }
    }
    return candidate;
  }
}
