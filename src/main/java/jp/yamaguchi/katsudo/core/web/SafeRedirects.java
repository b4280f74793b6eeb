package jp.yamaguchi.katsudo.core.web;

import java.nio.charset.StandardCharsets;

/**
 * Keeps redirect targets inside this site. Only a path that starts with a single slash is accepted;
 * absolute, scheme-relative ({@code //host}), backslash and control-character targets fall back,
 * also when they only appear after percent-decoding (e.g. {@code /%2F/host}, {@code /%5Chost}).
 *
 * <p>The accepted path comes back as ASCII that is valid in a URI: every other character (a
 * Japanese search word, a full-width 「．」, a space, {@code {}}) is percent-encoded in UTF-8. A
 * {@code Location} header cannot carry anything else (the servlet container drops such a header and
 * the browser is left with a redirect to nowhere), and Spring would read {@code {…}} in a {@code
 * redirect:} view name as a URI template variable.
 */
public final class SafeRedirects {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
    if (!isLocal(candidate)) return fallback;
    String encoded = encode(candidate);
    return encoded == null ? fallback : encoded;
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

  /**
   * The path with every character that may not appear in a URI percent-encoded (UTF-8); what is
   * already encoded ({@code %XX}) stays as it is. Null for text that is not valid UTF-16 (a lone
   * surrogate), which no browser sends.
   */
  static String encode(String path) {
    StringBuilder out = null;
    for (int i = 0; i < path.length(); ) {
      int cp = path.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isSurrogate((char) cp) && width == 1) return null;
      if (isUriChar(cp)) {
        if (out != null) out.append((char) cp);
      } else {
        if (out == null) out = new StringBuilder(path.length() + 16).append(path, 0, i);
        byte[] bytes = path.substring(i, i + width).getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
      i += width;
    }
    return out == null ? path : out.toString();
  }

  /** RFC 3986: unreserved, reserved (gen-delims and sub-delims) and {@code %}. */
  private static boolean isUriChar(int cp) {
    return (cp >= 'a' && cp <= 'z')
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= '0' && cp <= '9')
        || (cp < 0x80 && "-._~:/?#[]@!$&'()*+,;=%".indexOf(cp) >= 0);
  }
}
