package jp.yamaguchi.katsudo.core.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Cleans rich text on save with the OWASP Java HTML Sanitizer: only structural and inline
 * formatting tags survive, links keep http(s), mailto, tel and site-relative targets, and every
 * script, style, event handler and frame is dropped.
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

  public String clean(String html) {
    if (html == null) return "";
    return POLICY.sanitize(html).trim();
  }
}
