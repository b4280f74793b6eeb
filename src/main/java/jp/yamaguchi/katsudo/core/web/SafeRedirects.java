package jp.yamaguchi.katsudo.core.web;

import java.nio.charset.StandardCharsets;

/**
 * Keeps redirect targets inside this site. Only a path that starts with a single slash is accepted;
 * absolute, scheme-relative ({@code //host}), backslash and control-character targets fall back,
 * also when they only appear after percent-decoding (e.g. {@code /%2F/host}, {@code /%5Chost}).
 */
public final class SafeRedirects {

  private SafeRedirects() {}

  public static String localPathOr(String candidate, String fallback) {
    if (candidate == null || candidate.isEmpty() || candidate.length() > 2000) return fallback;
    String decoded = candidate;
    for (int round = 0; round < 3 && decoded.indexOf('%') >= 0; round++) {
      try {
        decoded = java.net.URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return fallback;
      }
      if (!isLocal(decoded)) return fallback;
    }
    return isLocal(candidate) ? candidate : fallback;
  }

  private static boolean isLocal(String candidate) {
    if (candidate.isEmpty()) return false;
    if (candidate.charAt(0) != '/') return false;
    if (candidate.length() > 1 && (candidate.charAt(1) == '/' || candidate.charAt(1) == '\\')) {
      return false;
    }
    for (int i = 0; i < candidate.length(); i++) {
      char ch = candidate.charAt(i);
      if (ch == '\\' || Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
        return false;
      }
    }
    return true;
  }
}
