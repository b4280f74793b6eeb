package jp.yamaguchi.katsudo.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.media.domain.MediaFileRepository;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "media-editor", roles = "EDITOR")
class MediaLibraryTest {

  @Autowired ApplicationEvents events;

  @Autowired MediaLibrary library;
  @Autowired MediaFileRepository repository;
  @Autowired KatsudoProperties properties;

  private MediaInfo store(String name, byte[] bytes, String alt) {
    return library.store(name, bytes.length, new ByteArrayResource(bytes), alt, null);
  }

  private long storedFiles() throws IOException {
    Path root = properties.dataDir().resolve("media");
    if (!Files.exists(root)) return 0;
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void storesAnImageUnderARandomNameWithItsDetectedType() {
    MediaInfo info = store("センターの入口.png", TestFiles.png(), "センターの入口");
    assertThat(info.kind()).isEqualTo(MediaKind.IMAGE);
    assertThat(info.contentType()).isEqualTo("image/png");
    assertThat(info.alt()).isEqualTo("センターの入口");
    assertThat(info.createdBy()).isEqualTo("media-editor");
    assertThat(info.token())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(info.url())
        .isEqualTo(
            "/media/"
                + info.token()
                + "/%E3%82%BB%E3%83%B3%E3%82%BF%E3%83%BC%E3%81%AE%E5%85%A5%E5%8F%A3.png");
    var download = library.download(info.token()).orElseThrow();
    assertThat(download.path()).exists();
    assertThat(download.path().getFileName().toString())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(download.path().toAbsolutePath().normalize())
        .startsWith(properties.dataDir().resolve("media").toAbsolutePath().normalize());
  }

  @Test
  void documentsNeedNoAltAndKeepNone() {
    MediaInfo docx = store("申込書.docx", TestFiles.docx(), "ignored");
    assertThat(docx.kind()).isEqualTo(MediaKind.DOCUMENT);
    assertThat(docx.typeKey()).isEqualTo("word");
    assertThat(docx.alt()).isNull();
    MediaInfo pdf = store("案内.pdf", TestFiles.pdf(), null);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    MediaInfo csv = store("一覧.csv", TestFiles.csv(), null);
    assertThat(csv.contentType()).isEqualTo("text/csv");
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("page.pdf", TestFiles.html(), "file", "e.media.file.unsupported"),
        Arguments.of("page.txt", TestFiles.html(), "file", "e.media.file.unsupported"),
        Arguments.of("tool.png", TestFiles.exe(), "file", "e.media.file.unsupported"),
        Arguments.of("tool.pdf", TestFiles.exe(), "file", "e.media.file.unsupported"),
        Arguments.of("logo.svg", TestFiles.svg(), "file", "e.media.file.unsupported"),
        Arguments.of("logo.png", TestFiles.svg(), "file", "e.media.file.unsupported"),
        Arguments.of("archive.zip", TestFiles.plainZip(), "file", "e.media.file.unsupported"),
        Arguments.of("archive.docx", TestFiles.plainZip(), "file", "e.media.file.broken"),
        Arguments.of("photo.jpg", TestFiles.png(), "file", "e.media.file.mismatch"),
        Arguments.of("report.pdf", TestFiles.csv(), "file", "e.media.file.mismatch"),
        Arguments.of("empty.pdf", new byte[0], "file", "e.media.file.empty"),
        Arguments.of("photo.png", TestFiles.png(), "alt", "e.media.alt.required"));
  }

  @ParameterizedTest(name = "{0} → {3}")
  @MethodSource("refused")
  void refusesDisguisedAndIncompleteUploadsAndStoresNothing(
      String name, byte[] bytes, String field, String messageId) throws IOException {
    long rows = repository.count();
    long files = storedFiles();
    assertThatThrownBy(() -> store(name, bytes, null))
        .isInstanceOfSatisfying(
            MediaRejectedException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.messageId()).isEqualTo(messageId);
            });
    assertThat(repository.count()).isEqualTo(rows);
    assertThat(storedFiles()).isEqualTo(files);
  }

  @Test
  void refusesAnImageOverFiveMegabytesAndStoresNothing() throws IOException {
    long rows = repository.count();
    long files = storedFiles();
    byte[] big = TestFiles.pngOfSize(5 * 1024 * 1024 + 1);
    assertThatThrownBy(() -> store("big.png", big, "大きな画像"))
        .isInstanceOfSatisfying(
            MediaRejectedException.class,
            e -> {
              assertThat(e.messageId()).isEqualTo("e.media.file.tooLarge.image");
              assertThat(e.arguments()).containsExactly("5.0MB", "5.0MB");
            });
    byte[] huge = new byte[20 * 1024 * 1024 + 1];
    assertThatThrownBy(() -> store("huge.pdf", huge, null))
        .isInstanceOfSatisfying(
            MediaRejectedException.class,
            e -> assertThat(e.messageId()).isEqualTo("e.media.file.tooLarge"));
    assertThat(repository.count()).isEqualTo(rows);
    assertThat(storedFiles()).isEqualTo(files);
  }

  @Test
  void describesAndDeletesAFileRemovingItsBytes() {
    MediaInfo info = store("old.png", TestFiles.png(), "古い写真");
    MediaInfo changed = library.describe(info.id(), "新しい説明", "写真のタイトル");
    assertThat(changed.alt()).isEqualTo("新しい説明");
    assertThat(changed.title()).isEqualTo("写真のタイトル");
    assertThatThrownBy(() -> library.describe(info.id(), " ", null))
        .isInstanceOf(MediaRejectedException.class)
        .hasMessage("e.media.alt.required");
    Path path = library.download(info.token()).orElseThrow().path();
    library.delete(info.id());
    assertThat(library.find(info.id())).isEmpty();
    assertThat(path).doesNotExist();
  }

  @Test
  void searchFindsByNameTitleAndAlt() {
    String word = "検索" + System.nanoTime();
    MediaInfo a = store(word + ".png", TestFiles.png(), "入口");
    MediaInfo b = store("b.png", TestFiles.png(), "説明 " + word);
    store("c.pdf", TestFiles.pdf(), null);
    var found = library.search(null, word, org.springframework.data.domain.PageRequest.of(0, 10));
    assertThat(found.getContent())
        .extracting(MediaInfo::id)
        .containsExactlyInAnyOrder(a.id(), b.id());
    assertThat(
            library.search(
                MediaKind.DOCUMENT, word, org.springframework.data.domain.PageRequest.of(0, 10)))
        .isEmpty();
  }

  @Test
  void filesNoPageShowsChangeNoPublicPage() {
    MediaInfo info = store("unused.png", TestFiles.png(), "使われていない画像");
    library.describe(info.id(), "説明を変えた", "題");
    library.delete(info.id());
    assertThat(events.stream(jp.yamaguchi.katsudo.core.site.ContentChanged.class)).isEmpty();
  }

  @Test
  void downloadsAreFoundByTheRandomTokenOnly() {
    MediaInfo info = store("token.pdf", TestFiles.pdf(), null);
    assertThat(library.download(info.token())).isPresent();
    assertThat(library.download(Long.toString(info.id()))).isEmpty();
    assertThat(library.download("00000000-0000-0000-0000-000000000000")).isEmpty();
    assertThat(library.download("../" + info.token())).isEmpty();
    assertThat(library.download(null)).isEmpty();
  }

  @Test
  void findAllLoadsManyFilesAtOnceSkippingMissingOnes() {
    MediaInfo a = store("a.png", TestFiles.png(), "一つ目");
    MediaInfo b = store("b.pdf", TestFiles.pdf(), null);
    var found =
        library.findAll(java.util.Arrays.asList(a.id(), b.id(), 999_999_999L, null, a.id()));
    assertThat(found).containsOnlyKeys(a.id(), b.id());
    assertThat(found.get(b.id()).originalName()).isEqualTo("b.pdf");
    assertThat(library.findAll(java.util.List.of())).isEmpty();
  }

  @Test
  void cleansBrowserSentNames() {
    assertThat(MediaLibrary.cleanName("C:\\Users\\taro\\写真.png")).isEqualTo("写真.png");
    assertThat(MediaLibrary.cleanName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(MediaLibrary.cleanName("..\u0000evil\n.png")).isEqualTo("evil.png");
  }
}
