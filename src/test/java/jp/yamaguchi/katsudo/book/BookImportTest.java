package jp.yamaguchi.katsudo.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.yamaguchi.katsudo.book.domain.Book;
import jp.yamaguchi.katsudo.book.domain.BookCatalog;
import jp.yamaguchi.katsudo.book.domain.BookQuery;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff's CSV import: preview, per-row errors in Japanese, all or nothing, encodings. */
@IntegrationTest
class BookImportTest {

  static final Charset SJIS = Charset.forName("windows-31j");
  static final String HEADER = "\"受付番号\",\"書籍名\",\"著者・編集者\",\"発行所\",\"発行日\",\"内容説明\"\r\n";

  @Autowired MockMvc mvc;
  @Autowired BookCatalog catalog;
  @Autowired JdbcClient jdbc;

  static RequestPostProcessor staff() {
    return user("book-import-staff").roles("EDITOR");
  }

  long countWithPrefix(String prefix) {
    return catalog
        .search(new BookQuery(prefix, null, null, null, null, null, null, null), 0)
        .getTotalElements();
  }

  /** Uploads a file and returns the preview's path. */
  String upload(byte[] bytes, String name) throws Exception {
    var result =
        mvc.perform(
                multipart("/admin/books/import")
                    .file(new MockMultipartFile("file", name, "text/csv", bytes))
                    .with(csrf())
                    .with(staff()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = result.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/admin/books/import/");
    return location;
  }

  @Test
  void aShiftJisFileIsPreviewedThenImportedWithItsDatesReadAndTheImportAudited() throws Exception {
    String p = BookFixtures.prefix();
    String csv =
        HEADER
            + "\""
            + p
            + "01\",\"地域福祉実践ガイド\",\"山本 恵子　著\",\"ミネルヴァ書房\",\"平成17年4月\",\"福祉の実践例を紹介します。\"\r\n"
            + "\""
            + p
            + "02\",\"協働の手引き\",\"河村 花子\",\"中央法規出版\",\"2012/7/26\",\"\"\r\n"
            + "\""
            + p
            + "03\",\"ボランティア入門\",\"\",\"\",\"2005年春\",\"\"\r\n";
    String preview = upload(csv.getBytes(SJIS), "蔵書一覧.csv");

    mvc.perform(get(preview).with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("蔵書一覧.csv（Shift_JIS）")))
        .andExpect(content().string(containsString("<dd>3冊</dd>")))
        .andExpect(content().string(containsString("2012/7/26")))
        .andExpect(content().string(containsString("日付として読めない")))
        .andExpect(content().string(containsString("取り込む（新規3冊、更新0冊）")));
    assertThat(countWithPrefix(p)).isZero();

    mvc.perform(post(preview).with(csrf()).with(staff()))
        .andExpect(redirectedUrl("/admin/books"))
        .andExpect(flash().attribute("success", "取り込みました（新規3冊、更新0冊、変更なし0冊）。"));

    assertThat(countWithPrefix(p)).isEqualTo(3);
    Book first = byReceipt(p + "01");
    assertThat(first.getTitle()).isEqualTo("地域福祉実践ガイド");
    assertThat(first.getPublishedText()).isEqualTo("平成17年4月");
    assertThat(first.getPublishedOn()).isEqualTo(LocalDate.of(2005, 4, 1));
    assertThat(byReceipt(p + "03").getPublishedOn()).isNull();
    assertThat(byReceipt(p + "03").getPublishedText()).isEqualTo("2005年春");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_log WHERE action = 'DATA_IMPORT'"
                        + " AND actor = 'book-import-staff' AND detail LIKE '%created=3%'")
                .query(Long.class)
                .single())
        .isPositive();

    // the upload is used up
    mvc.perform(post(preview).with(csrf()).with(staff())).andExpect(status().isNotFound());
  }

  Book byReceipt(String receipt) {
    return catalog
        .search(new BookQuery(null, null, null, null, null, null, receipt, null), 0)
        .getContent()
        .getFirst();
  }

  @Test
  void aKnownReceiptNumberUpdatesItsBookAndAMissingColumnKeepsTheValue() throws Exception {
    String p = BookFixtures.prefix();
    catalog.create(new BookInput(p + "1", "旧い書名", "旧い著者", "ぎょうせい", "2001年", "説明"), "test");
    String csv =
        "\uFEFF受付番号,書籍名,発行所,備考\r\n" + p + "1,新しい書名,ぎょうせい,棚A\r\n" + p + "2,追加の本,岩波書店,棚B\r\n";
    String preview = upload(csv.getBytes(StandardCharsets.UTF_8), "books.csv");
    mvc.perform(get(preview).with(staff()))
        .andExpect(content().string(containsString("books.csv（UTF-8）")))
        .andExpect(content().string(containsString("取り込みません：備考")))
        .andExpect(content().string(containsString("更新（書籍名）")))
        .andExpect(content().string(containsString("取り込む（新規1冊、更新1冊）")));
    mvc.perform(post(preview).with(csrf()).with(staff()))
        .andExpect(flash().attribute("success", "取り込みました（新規1冊、更新1冊、変更なし0冊）。"));
    Book updated = byReceipt(p + "1");
    assertThat(updated.getTitle()).isEqualTo("新しい書名");
    assertThat(updated.getAuthors()).isEqualTo("旧い著者");
    assertThat(updated.getDescription()).isEqualTo("説明");
  }

  @Test
  void aFileWithBadRowsListsEveryProblemInJapaneseAndImportsNothing() throws Exception {
    String p = BookFixtures.prefix();
    String longTitle = "あ".repeat(301);
    String csv =
        HEADER
            + "\""
            + p
            + "1\",\"正しい本\",\"\",\"\",\"\",\"\"\r\n"
            + "\""
            + p
            + "2\",\"\",\"\",\"\",\"\",\"\"\r\n"
            + "\""
            + p
            + "1\",\"重複した本\",\"\",\"\",\"\",\"\"\r\n"
            + "\""
            + p
            + " 4\",\""
            + longTitle
            + "\",\"\",\"\",\"\",\"\"\r\n"
            + "\""
            + p
            + "5\",\"列が足りない本\"\r\n"
            + "\"\",\"受付番号のない本\",\"\",\"\",\"\",\"\"\r\n";
    String preview = upload(csv.getBytes(SJIS), "bad.csv");
    mvc.perform(get(preview).with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：")))
        .andExpect(content().string(containsString("問題のある箇所が6件あります")))
        .andExpect(content().string(containsString(row(3, "書籍名", "書籍名を入力してください。"))))
        .andExpect(content().string(containsString(row(4, "受付番号", "同じ受付番号が2行目にもあります。"))))
        .andExpect(
            content().string(containsString(row(5, "受付番号", "受付番号は半角の英数字と「-」「_」「.」「/」で入力してください。"))))
        .andExpect(content().string(containsString(row(5, "書籍名", "書籍名は300文字以内で入力してください。"))))
        .andExpect(content().string(containsString(row(6, "（行全体）", "列の数が見出しと違います（見出し6列、この行2列）。"))))
        .andExpect(content().string(containsString(row(7, "受付番号", "受付番号を入力してください。"))))
        .andExpect(content().string(not(containsString("取り込む（"))));

    // posting the import anyway changes nothing
    mvc.perform(post(preview).with(csrf()).with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("問題のある行があるため、取り込みませんでした。")));
    assertThat(countWithPrefix(p)).isZero();
  }

  static String row(int row, String column, String reason) {
    return "<td class=\"cell-nowrap\">"
        + row
        + "行目</td>\n          <td>"
        + column
        + "</td>\n          <td>"
        + reason
        + "</td>";
  }

  @Test
  void aFileTheImportCannotReadIsRefusedOnTheUploadForm() throws Exception {
    mvc.perform(
            multipart("/admin/books/import")
                .file(
                    new MockMultipartFile(
                        "file", "x.csv", "text/csv", "書名だけ,著者\r\nA,B\r\n".getBytes(SJIS)))
                .with(csrf())
                .with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("見出しの行に「受付番号」の列がありません。")));
    mvc.perform(
            multipart("/admin/books/import")
                .file(
                    new MockMultipartFile(
                        "file", "x.csv", "text/csv", new byte[] {(byte) 0x81, 0x20, (byte) 0xff}))
                .with(csrf())
                .with(staff()))
        .andExpect(content().string(containsString("文字コードを判定できません。")));
    mvc.perform(multipart("/admin/books/import").with(csrf()).with(staff()))
        .andExpect(content().string(containsString("CSVファイルを選んでください。")));
  }

  @Test
  void theLegacyCatalogueSampleReadsWithoutAProblem() throws Exception {
    // a copy of ../shared/legacy-sample/蔵書一覧.csv (Shift_JIS, CRLF), so the test runs anywhere
    byte[] sample;
    try (var in = getClass().getResourceAsStream("/legacy/蔵書一覧.csv")) {
      sample = in.readAllBytes();
    }
    String preview = upload(sample, "蔵書一覧.csv");
    mvc.perform(get(preview).with(staff()))
        .andExpect(content().string(containsString("蔵書一覧.csv（Shift_JIS）")))
        .andExpect(content().string(containsString("<dd>310行</dd>")))
        .andExpect(content().string(not(containsString("問題のある箇所"))));
  }

  @Test
  void anotherStaffMemberCannotSeeSomeonesUpload() throws Exception {
    String p = BookFixtures.prefix();
    String preview =
        upload((HEADER + "\"" + p + "1\",\"本\",\"\",\"\",\"\",\"\"\r\n").getBytes(SJIS), "a.csv");
    mvc.perform(get(preview).with(user("someone-else").roles("EDITOR")))
        .andExpect(status().isNotFound());
  }
}
