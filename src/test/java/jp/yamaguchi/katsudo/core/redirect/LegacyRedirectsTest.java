package jp.yamaguchi.katsudo.core.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class LegacyRedirectsTest {

  @Autowired LegacyRedirects redirects;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  private static String messageOf(Throwable e) {
    return ((BusinessException) e).messageId();
  }

  @Test
  void aDuplicateOldPathIsRefused() {
    LegacyRedirect r = redirects.create("/dup/" + tag + "/", "/news/", null, "t");
    try {
      assertThatThrownBy(() -> redirects.create("/dup/" + tag + "/", "/events/", null, "t"))
          .isInstanceOf(BusinessException.class)
          .extracting(LegacyRedirectsTest::messageOf)
          .isEqualTo("e.redirect.oldPath.taken");
      LegacyRedirect other = redirects.create("/dup/" + tag + "/other", "/", null, "t");
      assertThatThrownBy(() -> redirects.update(other.getId(), "/dup/" + tag + "/", "/", null))
          .extracting(LegacyRedirectsTest::messageOf)
          .isEqualTo("e.redirect.oldPath.taken");
      // saving a redirect with its own path again is fine
      redirects.update(r.getId(), "/dup/" + tag + "/", "/aikasanet/", "メモ");
      assertThat(redirects.get(r.getId()).getNewUrl()).isEqualTo("/aikasanet/");
      redirects.delete(other.getId());
    } finally {
      redirects.delete(r.getId());
    }
  }

  @Test
  void oldPathsAreLocalPathsOnly() {
    for (String bad :
        List.of(
            "boshu/1",
            "https://old.example.jp/boshu/1",
            "//old.example.jp/boshu",
            "/boshu?id=1",
            "/boshu#top",
            "/bo shu",
            "/boshu\\1",
            "/" + "a".repeat(500))) {
      assertThatThrownBy(() -> redirects.create(bad, "/", null, "t"))
          .as(bad)
          .isInstanceOf(BusinessException.class)
          .extracting(LegacyRedirectsTest::messageOf)
          .isIn("e.redirect.oldPath.format", "e.redirect.oldPath.length");
    }
  }

  @Test
  void newUrlsAreSitePathsOrHttps() {
    for (String bad :
        List.of(
            "events/1",
            "http://example.jp/",
            "javascript:alert(1)",
            "//evil.example/",
            "https://",
            "https:///path",
            "/a b",
            "data:text/html,x")) {
      assertThatThrownBy(() -> redirects.create("/ok/" + tag, bad, null, "t"))
          .as(bad)
          .isInstanceOf(BusinessException.class)
          .extracting(LegacyRedirectsTest::messageOf)
          .isEqualTo("e.redirect.newUrl.format");
    }
    assertThatThrownBy(() -> redirects.create("/loop/" + tag, "/loop/" + tag, null, "t"))
        .extracting(LegacyRedirectsTest::messageOf)
        .isEqualTo("e.redirect.newUrl.loop");
    LegacyRedirect ok =
        redirects.create("/ok/" + tag, "https://www.pref.yamaguchi.lg.jp/", null, "t");
    redirects.delete(ok.getId());
  }

  @Test
  void japanesePathsAreStoredAsBrowsersSendThem() {
    LegacyRedirect r = redirects.create("/お知らせ/" + tag, "/news/", null, "t");
    try {
      assertThat(r.getOldPath()).isEqualTo("/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B/" + tag);
      assertThat(redirects.resolve("/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B/" + tag))
          .contains("/news/");
      assertThat(redirects.resolve("/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B/" + tag + "/"))
          .contains("/news/");
    } finally {
      redirects.delete(r.getId());
    }
  }
}
