package jp.yamaguchi.katsudo.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.media.TestFiles;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MediaWebTest {

  /**
   * The redirect's path, ignoring a query string (the core form-error interceptor currently adds
   * {@code ?formHasErrors=false} to redirects).
   */
  static org.springframework.test.web.servlet.ResultMatcher redirectedToPath(String regex) {
    return result ->
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getRedirectedUrl())
            .matches(regex + "(\\?.*)?");
  }

  @Autowired MockMvc mvc;
  @Autowired MediaLibrary library;

  private MediaInfo stored(String name, byte[] bytes, String alt) {
    return library.store(name, bytes.length, new ByteArrayResource(bytes), alt, null);
  }

  @Test
  void imagesAreServedInlineWithTheirDetectedTypeAndSafeHeaders() throws Exception {
    MediaInfo image = stored("写真.png", TestFiles.png(), "写真");
    mvc.perform(get(java.net.URI.create(image.url())))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/png"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Content-Disposition", containsString("inline;")))
        .andExpect(header().string("Cache-Control", containsString("public")))
        .andExpect(header().string("Cache-Control", containsString("max-age=604800")))
        .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
        .andExpect(content().bytes(TestFiles.png()));
  }

  @Test
  void documentsAreAlwaysDownloadsWithAnRfc5987Name() throws Exception {
    MediaInfo doc = stored("利用申込書.pdf", TestFiles.pdf(), null);
    mvc.perform(get(java.net.URI.create(doc.url())))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    "attachment; filename=\"media-"
                        + doc.id()
                        + ".pdf\"; filename*=UTF-8''%E5%88%A9%E7%94%A8%E7%94%B3%E8%BE%BC%E6%9B%B8.pdf"));
    MediaInfo ascii = stored("form.csv", TestFiles.csv(), null);
    mvc.perform(get(java.net.URI.create(ascii.url())))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    "attachment; filename=\"form.csv\"; filename*=UTF-8''form.csv"));
  }

  @Test
  void filesAreFoundByTheirRandomTokenOnlyAndTheNameInTheUrlNeverReachesTheDisk() throws Exception {
    MediaInfo doc = stored("a.pdf", TestFiles.pdf(), null);
    org.assertj.core.api.Assertions.assertThat(doc.url()).startsWith("/media/" + doc.token() + "/");
    mvc.perform(get("/media/" + doc.token() + "/application.yml"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(content().bytes(TestFiles.pdf()));
    mvc.perform(get(java.net.URI.create("/media/" + doc.token() + "/..%2F..%2Fapplication.yml")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/media/" + doc.token()))
        .andExpect(status().isMovedPermanently())
        .andExpect(redirectedUrl(doc.url()));
    mvc.perform(get("/media/00000000-0000-0000-0000-000000000000/a.pdf"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/media/abc/a.pdf")).andExpect(status().isNotFound());
  }

  @Test
  void sequentialIdsAreRefusedOnThePublicPath() throws Exception {
    MediaInfo doc = stored("draft-only.pdf", TestFiles.pdf(), null);
    mvc.perform(get("/media/" + doc.id() + "/draft-only.pdf")).andExpect(status().isNotFound());
    mvc.perform(get("/media/" + doc.id())).andExpect(status().isNotFound());
  }

  @Test
  void namesWithCharactersTheFirewallRefusesStillGetAWorkingUrl() throws Exception {
    MediaInfo doc = stored("会議;資料%案.pdf", TestFiles.pdf(), null);
    org.assertj.core.api.Assertions.assertThat(doc.url())
        .endsWith("_%E8%B3%87%E6%96%99_%E6%A1%88.pdf");
    mvc.perform(get(java.net.URI.create(doc.url())))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    containsString("filename*=UTF-8''%E4%BC%9A%E8%AD%B0%3B")));
  }

  @Test
  void theAdminNeedsAStaffLogin() throws Exception {
    mvc.perform(get("/admin/media"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/login"));
    mvc.perform(
            multipart("/admin/media")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", TestFiles.pdf()))
                .with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/login"));
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void anEditorUploadsAndSeesTheFileInTheLibrary() throws Exception {
    String title = "センター案内" + System.nanoTime();
    var result =
        mvc.perform(
                multipart("/admin/media")
                    .file(new MockMultipartFile("file", "guide.pdf", "text/html", TestFiles.pdf()))
                    .param("title", title)
                    .with(csrf()))
            .andExpect(status().isFound())
            .andExpect(redirectedToPath("/admin/media/\\d+"))
            .andExpect(flash().attribute("success", "guide.pdfを登録しました。"))
            .andReturn();
    String location = result.getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
    mvc.perform(get(location))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("PDF（application/pdf）")));
    mvc.perform(get("/admin/media").param("q", title))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("guide.pdf")));
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void aDisguisedUploadIsRefusedInJapaneseKeepingWhatWasTyped() throws Exception {
    mvc.perform(
            multipart("/admin/media")
                .file(new MockMultipartFile("file", "photo.png", "image/png", TestFiles.html()))
                .param("alt", "入口の写真")
                .param("title", "入口")
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：ファイルの登録")))
        .andExpect(content().string(containsString("この形式のファイル（text/html）は登録できません。")))
        .andExpect(content().string(containsString("入口の写真")))
        .andExpect(content().string(containsString("value=\"入口\"")));
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void anImageWithoutAltIsRefusedNextToTheAltField() throws Exception {
    mvc.perform(
            multipart("/admin/media")
                .file(new MockMultipartFile("file", "photo.png", "image/png", TestFiles.png()))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"alt-error\"")))
        .andExpect(content().string(containsString("画像の代替テキストを入力してください。")))
        .andExpect(content().string(containsString("ファイルをもう一度選んでください。")));
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void deletionIsConfirmedFirst() throws Exception {
    MediaInfo doc = stored("消す.pdf", TestFiles.pdf(), null);
    mvc.perform(get("/admin/media/" + doc.id() + "/delete"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("消す.pdfを削除しますか")));
    mvc.perform(post("/admin/media/" + doc.id() + "/delete")).andExpect(status().isForbidden());
    mvc.perform(post("/admin/media/" + doc.id() + "/delete").with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedToPath("/admin/media"));
    mvc.perform(get(java.net.URI.create(doc.url()))).andExpect(status().isNotFound());
    mvc.perform(get("/admin/media")).andExpect(content().string(not(containsString("消す.pdf"))));
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void theListFiltersAndSortsWithTheSharedFragments() throws Exception {
    String word = "並べ替え" + System.nanoTime();
    stored(word + "-b.pdf", TestFiles.pdf(), null);
    stored(word + "-a.csv", TestFiles.csv(), null);
    stored(word + "-c.png", TestFiles.png(), "画像");
    String html =
        mvc.perform(
                get("/admin/media")
                    .param("kind", "DOCUMENT")
                    .param("q", word)
                    .param("sort", "originalName")
                    .param("dir", "asc"))
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .string(containsString("<option value=\"DOCUMENT\" selected=\"selected\">")))
            .andExpect(content().string(containsString("aria-sort=\"ascending\"")))
            .andExpect(content().string(not(containsString(word + "-c.png"))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html.indexOf(word + "-a.csv")).isLessThan(html.indexOf(word + "-b.pdf"));
    String encoded = java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html)
        .contains(
            "href=\"/admin/media?kind=DOCUMENT&amp;q="
                + encoded
                + "&amp;sort=originalName&amp;dir=desc\"");
  }
}
