package jp.yamaguchi.katsudo.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Redirect targets stay in the site and come back as ASCII a Location header can carry. */
class SafeRedirectsTest {

  @Test
  void aLocalPathComesBackAsValidAsciiWhateverItHolds() {
    // the outside review: /display?back=/%EF%BC%8E/x answered 303 without a Location header
    assertThat(SafeRedirects.localPathOr("/．/x", "/")).isEqualTo("/%EF%BC%8E/x");
    assertThat(SafeRedirects.localPathOr("/events?q=環境", "/"))
        .isEqualTo("/events?q=%E7%92%B0%E5%A2%83");
    assertThat(SafeRedirects.localPathOr("/a b{c}|d\"e<f>^`", "/"))
        .isEqualTo("/a%20b%7Bc%7D%7Cd%22e%3Cf%3E%5E%60");
    assertThat(SafeRedirects.localPathOr("/\uD842\uDFB7", "/")).isEqualTo("/%F0%A0%AE%B7");
    // what is already encoded and the characters of a URI stay as they are
    assertThat(SafeRedirects.localPathOr("/events?q=%E7%92%B0&page=2#top", "/"))
        .isEqualTo("/events?q=%E7%92%B0&page=2#top");
    assertThat(SafeRedirects.localPathOr("/a-b_c.d~e/f:g@h!$&'()*+,;=", "/"))
        .isEqualTo("/a-b_c.d~e/f:g@h!$&'()*+,;=");
    for (String target :
        new String[] {"/．/x", "/events?q=環境", "/a b", "/%EF%BC%8E/x", "/\uD842\uDFB7"}) {
      assertThat(SafeRedirects.localPathOr(target, "/")).matches("[\\x21-\\x7E]+");
    }
  }

  @Test
  void targetsOutsideTheSiteFallBackAsBefore() {
    for (String target :
        new String[] {
          "https://evil.example/",
          "//evil.example",
          "/\\evil.example",
          "/%2F/evil.example",
          "/%5Cevil.example",
          "/%252F%252Fevil.example",
          "/x\r\nSet-Cookie: a=b",
          "/%0d%0aSet-Cookie:%20a=b",
          "/%zz",
          "/\uD842",
          "relative",
          ""
        }) {
      assertThat(SafeRedirects.localPathOr(target, "/fallback")).as(target).isEqualTo("/fallback");
    }
    assertThat(SafeRedirects.localPathOr(null, "/fallback")).isEqualTo("/fallback");
  }
}
