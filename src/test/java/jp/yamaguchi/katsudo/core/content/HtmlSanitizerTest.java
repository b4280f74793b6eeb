package jp.yamaguchi.katsudo.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rich text as saved: safe, and readable (no numeric character references for plain text). */
class HtmlSanitizerTest {

  final HtmlSanitizer sanitizer = new HtmlSanitizer();

  @Test
  void fullWidthCharactersAreStoredAsTypedNotAsReferences() {
    assertThat(sanitizer.clean("<p>1月4日（月）から：受付・相談！？　＋😀</p>"))
        .isEqualTo("<p>1月4日（月）から：受付・相談！？　＋😀</p>");
    assertThat(sanitizer.clean("<p>a+b=c, mail@example.jp</p>"))
        .isEqualTo("<p>a+b=c, mail@example.jp</p>");
  }

  @Test
  void plainTextBecomesParagraphsWithReadableCharacters() {
    assertThat(sanitizer.clean("1月4日（月）から\n受付します。\n\n問い合わせ：センター"))
        .isEqualTo("<p>1月4日（月）から<br />受付します。</p><p>問い合わせ：センター</p>");
  }

  @Test
  void lineBreaksAsBrowsersSendThemAreLineBreaksNotParagraphs() {
    assertThat(sanitizer.clean("一行目\r\n二行目\r\n\r\n次の段落"))
        .isEqualTo("<p>一行目<br />二行目</p><p>次の段落</p>");
  }

  @Test
  void scriptsHandlersAndBadLinksAreStillRemoved() {
    String clean =
        sanitizer.clean(
            "<p onclick=\"alert(1)\">あ（い）</p><script>alert('x')</script>"
                + "<a href=\"javascript:alert(1)\">悪い</a><a href=\"https://example.jp/（）\">良い</a>"
                + "<img src=x onerror=alert(1)><style>p{}</style>");
    assertThat(clean)
        .doesNotContain("script", "onclick", "javascript", "onerror", "<img", "style", "alert(1)")
        .contains("<p>あ（い）</p>", "悪い", "href=\"https://example.jp/（）\"", "良い");
  }

  @Test
  void markupCharactersAndTheirFullWidthLookAlikesStayEscaped() {
    String clean = sanitizer.clean("<p>&lt;b&gt; &amp; \" ' ` ＜script＞ ＂ ＇ ｀</p>");
    assertThat(clean).doesNotContain("<b>", "＜", "＞", "＂", "＇", "｀");
    assertThat(clean).contains("&lt;b&gt;", "&amp;", "&#xff1c;script&#xff1e;");
  }

  @Test
  void readableKeepsReferencesOfInvisibleAndMarkupCharacters() {
    assertThat(HtmlText.readable("&#xff08;&#40;&#x3c;&#60;&#x22;&#39;&#96;&#xfeff;&#x202e;&#160;"))
        .isEqualTo("（(&#x3c;&#60;&#x22;&#39;&#96;&#xfeff;&#x202e;&#160;");
    assertThat(HtmlText.readable("&#x110000; &#xzz; &# &#12345678901234; &#x1F600;"))
        .isEqualTo("&#x110000; &#xzz; &# &#12345678901234; 😀");
    assertThat(HtmlText.readable(null)).isNull();
  }

  @Test
  void readableIsLinearOnLongInput() {
    String big = "&#".repeat(500_000) + "&#x;".repeat(100_000);
    long start = System.nanoTime();
    assertThat(HtmlText.readable(big)).isEqualTo(big);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
  }

  @Test
  void editableShowsSimpleParagraphsAsText() {
    assertThat(HtmlText.editable("<p>1月4日（月）から<br>受付</p><p>a &amp; b, 1&lt;2</p>"))
        .isEqualTo("1月4日（月）から\n受付\n\na & b, 1<2");
    // and saving that text again gives the same HTML
    String html = sanitizer.clean("1月4日（月）から\n受付\n\na & b, 1<2");
    assertThat(HtmlText.editable(html)).isEqualTo("1月4日（月）から\n受付\n\na & b, 1<2");
  }

  @Test
  void editableKeepsHtmlThatTextCouldNotCarry() {
    for (String html :
        new String[] {
          "<p>強調<strong>あり</strong></p>",
          "<ul><li>一</li></ul>",
          "<p>a<br><br>b</p>",
          "<p></p>",
          "<p>&lt;p&gt;タグに見える文</p>",
          "<p>a &lt; b</p>",
          "前<p>a</p>",
          "<p>閉じていない"
        }) {
      assertThat(HtmlText.editable(html)).as(html).isEqualTo(html);
    }
  }
}
