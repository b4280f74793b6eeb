package jp.yamaguchi.katsudo.core.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Pure functions between rich text as stored (sanitized HTML) and as staff type or read it. None of
 * them uses a regular expression that can backtrack on user input (see docs/security.md).
 *
 * <ul>
 *   <li>{@link #readable}: the OWASP sanitizer writes some characters as numeric references
 *       (full-width punctuation such as 「（」 as {@code &#xff08;}, emoji, {@code + = @}); this puts
 *       back every character that is harmless as is, so what is stored reads as plain UTF-8.
 *   <li>{@link #paragraphs}: typed text without any tag becomes paragraphs (a blank line between
 *       paragraphs, single line breaks kept).
 *   <li>{@link #editable}: what an edit form shows when the editor script does not run: the plain
 *       text of HTML that is only paragraphs and line breaks, otherwise the HTML.
 * </ul>
 */
public final class HtmlText {

  // possessive blanks: the two \s* could share a long run of spaces in every way (quadratic)
  private static final Pattern TAG = Pattern.compile("<\\s*+/?\\s*+[a-zA-Z]");
  private static final Pattern BLANK_LINES = Pattern.compile("\\R[\\s&&[^\\r\\n]]*\\R\\s*");

  private HtmlText() {}

  /** Whether typed rich text contains something that looks like a tag. */
  public static boolean hasTags(String input) {
    return input != null && TAG.matcher(input).find();
  }

  /**
   * Plain text as HTML paragraphs: a blank line separates paragraphs, a single line break becomes
   * {@code <br>}; every character is escaped.
   */
  public static String paragraphs(String text) {
    // browsers send a textarea's line breaks as CRLF; one CRLF is a line break, not a blank line
    String s = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    StringBuilder html = new StringBuilder();
    for (String para : BLANK_LINES.split(s)) {
      if (para.isBlank()) continue;
      html.append("<p>")
          .append(String.join("<br>", HtmlUtils.htmlEscape(para.strip(), "UTF-8").split("\\R")))
          .append("</p>");
    }
    return html.toString();
  }

  /**
   * Sanitized HTML with the numeric character references of harmless characters replaced by the
   * characters themselves. Kept as references: markup characters ({@code < > & " '} and the
   * backtick), characters whose compatibility form is one of them (full-width {@code ＜＞＆＂＇｀}),
   * controls, invisible format characters, line and paragraph separators, surrogates, unassigned
   * code points and the no-break space. Any other text is returned unchanged.
   */
  public static String readable(String html) {
    if (html == null || html.indexOf("&#") < 0) return html;
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c == '&' && i + 2 < n && html.charAt(i + 1) == '#') {
        int end = referenceEnd(html, i);
        if (end > 0) {
          int cp = codePoint(html, i + 2, end);
          if (cp >= 0 && harmless(cp)) {
            out.appendCodePoint(cp);
            i = end + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** The index of the ';' closing the reference starting at {@code at}, or -1. */
  private static int referenceEnd(String s, int at) {
    int limit = Math.min(s.length(), at + 12);
    for (int j = at + 2; j < limit; j++) {
      if (s.charAt(j) == ';') return j;
    }
    return -1;
  }

  /** The code point of the digits between {@code from} and {@code to}, or -1 when not a number. */
  private static int codePoint(String s, int from, int to) {
    boolean hex = from < to && (s.charAt(from) == 'x' || s.charAt(from) == 'X');
    int start = hex ? from + 1 : from;
    if (start >= to) return -1;
    try {
      long v = Long.parseLong(s.substring(start, to), hex ? 16 : 10);
      return v > Character.MAX_CODE_POINT ? -1 : (int) v;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static boolean harmless(int cp) {
    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0xa0)) return false;
    if (markup(cp)) return false;
    switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR -> {
        return false;
      }
      default -> {}
    }
    if (cp < 0x80) return true;
    String compatible = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
    return compatible.codePoints().noneMatch(HtmlText::markup);
  }

  private static boolean markup(int cp) {
    return cp == '<' || cp == '>' || cp == '&' || cp == '"' || cp == '\'' || cp == '`';
  }

  /**
   * What an edit form shows without the editor script: for HTML made only of paragraphs and line
   * breaks (what {@link #paragraphs} makes, e.g. a body typed as plain text), the text itself with
   * a blank line between paragraphs; for any other HTML, or text that would not give the same
   * paragraphs when saved again, the HTML.
   */
  public static String editable(String html) {
    if (html == null) return "";
    String s = html.strip();
    if (s.isEmpty()) return html;
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = null;
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (s.startsWith("<p>", i)) {
        if (current != null) return html;
        current = new StringBuilder();
        i += 3;
      } else if (s.startsWith("</p>", i)) {
        if (current == null) return html;
        paragraphs.add(current.toString());
        current = null;
        i += 4;
      } else if (s.startsWith("<br>", i) || s.startsWith("<br />", i)) {
        if (current == null) return html;
        current.append('\n');
        i += s.startsWith("<br>", i) ? 4 : 6;
      } else if (s.charAt(i) == '<' || current == null) {
        if (current == null && Character.isWhitespace(s.charAt(i))) {
          i++;
          continue;
        }
        return html;
      } else {
        int next = s.indexOf('<', i);
        if (next < 0) return html;
        current.append(s, i, next);
        i = next;
      }
    }
    if (current != null || paragraphs.isEmpty()) return html;
    StringBuilder text = new StringBuilder();
    for (String p : paragraphs) {
      String plain = HtmlUtils.htmlUnescape(p);
      if (plain.isBlank()
          || !plain.equals(plain.strip())
          || BLANK_LINES.matcher(plain).find()
          || hasTags(plain)) {
        return html;
      }
      if (!text.isEmpty()) text.append("\n\n");
      text.append(plain);
    }
    return text.toString();
  }
}
