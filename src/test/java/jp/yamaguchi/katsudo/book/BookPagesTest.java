package jp.yamaguchi.katsudo.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import jp.yamaguchi.katsudo.book.domain.Book;
import jp.yamaguchi.katsudo.book.domain.BookCatalog;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public catalogue and the staff's book form and export. */
@IntegrationTest
class BookPagesTest {

  @Autowired MockMvc mvc;
  @Autowired BookCatalog catalog;

  static RequestPostProcessor staff() {
    return user("book-staff").roles("EDITOR");
  }

  Book book(String receipt, String title, String authors, String publisher, String published) {
    return catalog.create(
        new BookInput(receipt, title, authors, publisher, published, "内容の説明\n2行目"), "test");
  }

  @Test
  void theDetailedSearchFindsByEachFieldAndByYearRange() throws Exception {
    String p = BookFixtures.prefix();
    Book a = book(p + "1", "里山保全ハンドブック " + p, "周南 花子", "やまぐち出版" + p, "平成17年4月");
    Book b = book(p + "2", "子育て支援入門 " + p, "下関 太郎", "中央法規出版", "2019/5/1");

    mvc.perform(get("/books").param("q", p))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("全2冊")))
        .andExpect(content().string(containsString("蔵書の検索結果")));
    mvc.perform(get("/books").param("title", "里山 " + p))
        .andExpect(content().string(containsString(a.getTitle())))
        .andExpect(content().string(not(containsString(b.getTitle()))));
    mvc.perform(get("/books").param("q", p).param("authors", "下関"))
        .andExpect(content().string(containsString(b.getTitle())))
        .andExpect(content().string(not(containsString(a.getTitle()))));
    mvc.perform(get("/books").param("publisher", "やまぐち出版" + p))
        .andExpect(content().string(containsString(a.getTitle())));
    mvc.perform(get("/books").param("q", p).param("yearFrom", "2000").param("yearTo", "２００５"))
        .andExpect(content().string(containsString(a.getTitle())))
        .andExpect(content().string(not(containsString(b.getTitle()))));
    mvc.perform(get("/books").param("receiptNumber", p + "2"))
        .andExpect(content().string(containsString(b.getTitle())))
        .andExpect(content().string(not(containsString(a.getTitle()))));
    mvc.perform(get("/books").param("q", p + "該当なし"))
        .andExpect(content().string(containsString("条件に合う本は見つかりませんでした。")));
  }

  @Test
  void aWrongYearIsAJapaneseErrorWithTheTypedValuesKept() throws Exception {
    mvc.perform(get("/books").param("title", "福祉").param("yearFrom", "平成").param("yearTo", "1990"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：")))
        .andExpect(content().string(containsString("発行年は西暦4桁（1800～2200）で入力してください。")))
        .andExpect(content().string(containsString("value=\"福祉\"")))
        .andExpect(content().string(containsString("value=\"平成\"")));
    mvc.perform(get("/books").param("yearFrom", "2010").param("yearTo", "2000"))
        .andExpect(content().string(containsString("発行年（まで）は、発行年（から）と同じか後の年にしてください。")))
        .andExpect(content().string(containsString("value=\"2010\"")));
  }

  @Test
  void theDetailPageShowsEveryFieldAndAnUnknownBookIsNotFound() throws Exception {
    String p = BookFixtures.prefix();
    Book a = book(p + "1", "NPO会計の基礎 " + p, "宇部 次郎　編著", "ぎょうせい", "H17.4.1");
    mvc.perform(get("/books/" + a.getId()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("<h1 class=\"page-title\" id=\"book-title\">NPO会計の基礎 " + p)))
        .andExpect(content().string(containsString("宇部 次郎　編著")))
        .andExpect(content().string(containsString("<time datetime=\"2005-04-01\">H17.4.1</time>")))
        .andExpect(content().string(containsString(p + "1")));
    mvc.perform(get("/books/99999999")).andExpect(status().isNotFound());
    mvc.perform(get("/sitemap.xml"))
        .andExpect(content().string(containsString("/books/" + a.getId())));
  }

  static MockHttpServletRequestBuilder form(String url, String... pairs) {
    MockHttpServletRequestBuilder b = post(url).with(csrf()).with(staff());
    for (int i = 0; i < pairs.length; i += 2) b.param(pairs[i], pairs[i + 1]);
    return b;
  }

  @Test
  void theStaffFormShowsJapaneseErrorsKeepsValuesAndRefusesATakenNumber() throws Exception {
    String p = BookFixtures.prefix();
    mvc.perform(form("/admin/books", "receiptNumber", "", "title", "", "authors", "著者 " + p))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("受付番号を入力してください。")))
        .andExpect(content().string(containsString("書籍名を入力してください。")))
        .andExpect(content().string(containsString("value=\"著者 " + p + "\"")));
    mvc.perform(form("/admin/books", "receiptNumber", "０１" + p, "title", "全角番号の本"))
        .andExpect(redirectedUrlPattern("/admin/books/*"));
    assertThat(
            catalog
                .search(
                    new jp.yamaguchi.katsudo.book.domain.BookQuery(
                        null, null, null, null, null, null, "01" + p, null),
                    0)
                .getTotalElements())
        .isOne();
    mvc.perform(form("/admin/books", "receiptNumber", "01" + p, "title", "別の本"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("この受付番号はほかの本に使われています。")))
        .andExpect(content().string(containsString("value=\"別の本\"")));
  }

  @Test
  void anEditorChangesABookAndAStaleFormIsRefused() throws Exception {
    String p = BookFixtures.prefix();
    Book a = book(p + "1", "変更前", null, null, null);
    mvc.perform(
            form(
                "/admin/books/" + a.getId(),
                "receiptNumber",
                p + "1",
                "title",
                "変更後",
                "version",
                String.valueOf(a.getVersion())))
        .andExpect(redirectedUrlPattern("/admin/books/*"));
    assertThat(catalog.get(a.getId()).getTitle()).isEqualTo("変更後");
    mvc.perform(
            form(
                "/admin/books/" + a.getId(),
                "receiptNumber",
                p + "1",
                "title",
                "古い画面から",
                "version",
                String.valueOf(a.getVersion())))
        .andExpect(content().string(containsString("ほかの人が保存しました")))
        .andExpect(content().string(containsString("value=\"古い画面から\"")));
  }

  @Test
  void theExportIsACsvTheImportReadsWithFormulasDefused() throws Exception {
    String p = BookFixtures.prefix();
    book(p + "1", "=HYPERLINK(\"x\") " + p, null, null, null);
    var utf8 =
        mvc.perform(get("/admin/books/export.csv").with(staff()))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", containsString("no-store")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String text = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF\"受付番号\",\"書籍名\",\"著者・編集者\",\"発行所\",\"発行日\",\"内容説明\"\r\n");
    assertThat(text).contains("\"" + p + "1\",\"'=HYPERLINK(\"\"x\"\") " + p + "\"");
    var sjis =
        mvc.perform(get("/admin/books/export.csv").param("encoding", "sjis").with(staff()))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(sjis, Charset.forName("windows-31j"))).startsWith("\"受付番号\"");
    mvc.perform(get("/admin/books/export.csv")).andExpect(status().is3xxRedirection());
  }
}
