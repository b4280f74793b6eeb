package jp.yamaguchi.katsudo.core.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Cleans rich text on save with the OWASP Java HTML Sanitizer: only structural and inline
 * formatting tags survive, links keep http(s), mailto, tel and site-relative targets, and every
 * script, style, event handler and frame is dropped. Text typed without any tag (the edit forms
 * without JavaScript) becomes paragraphs first, and the result is stored readable: characters the
 * sanitizer wrote as numeric references are put back where harmless ({@link HtmlText#readable}), so
 * 「（月）」 is stored as typed, never as {@code &#xff08;月&#xff09;}.
 */
@Component
public class HtmlSanitizer {

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "strong",
              "em",
              "b",
              "i",
              "u",
              "s",
              "ul",
              "ol",
              "li",
              "blockquote",
              "h2",
              "h3",
              "h4",
              "a",
              "table",
              "caption",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "small",
              "sub",
              "sup",
              "abbr",
              "span")
          .allowUrlProtocols("https", "http", "mailto", "tel")
          .allowAttributes("href")
          .onElements("a")
          .allowAttributes("title")
          .onElements("a", "abbr")
          .allowAttributes("scope", "colspan", "rowspan")
          .onElements("th", "td")
          .requireRelsOnLinks("noopener")
          .toFactory();

  /** The safe, readable HTML of typed rich text (HTML, or plain text without any tag). */
  public String clean(String input) {
    if (input == null) return "";
    String html = HtmlText.hasTags(input) ? input : HtmlText.paragraphs(input);
    return HtmlText.readable(POLICY.sanitize(html).trim());
  }
}
