package jp.yamaguchi.katsudo.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.DirectoryPagesFixtures.Entry;
import jp.yamaguchi.katsudo.directory.domain.DirectoryFinder;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff side of the directory: the list's filters, the dashboard's counts by type × status and
 * waiting entries (exact, as differences around the entries a test creates), and the CSV export
 * (BOM, chosen columns, Japanese, formula-safe cells, 登録担当者 columns for 管理者 only, audited).
 */
@IntegrationTest
class DirectoryAdminPagesTest {

  static final RequestPostProcessor EDITOR = user("dir-editor").roles("EDITOR");
  static final RequestPostProcessor ADMIN = user("dir-admin").roles("ADMIN");

  @Autowired MockMvc mvc;
  @Autowired DirectoryPagesFixtures fixtures;
  @Autowired DirectoryFinder finder;
  @Autowired JdbcClient jdbc;

  Document page(String url, RequestPostProcessor as) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(url).with(as))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  List<String> names(String url) throws Exception {
    return page(url, EDITOR).select("table a[href^=/admin/directory/]").eachText();
  }

  @Test
  void anonymousVisitorsAndMembersAreSentToTheStaffLogin() throws Exception {
    for (String path :
        List.of(
            "/admin/directory",
            "/admin/directory/export",
            "/admin/directory/export.csv?col=name",
            "/admin/directory/changes")) {
      mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
    }
  }

  @Test
  void theListFiltersByTypeStatusReviewStateCityAndWords() throws Exception {
    String t = DirectoryPagesFixtures.token();
    Entry a = new Entry(t + "公開の会");
    a.municipality = "hagi";
    Entry b = new Entry(t + "仮登録の会");
    b.state = ReviewState.PENDING;
    b.kind = OrganisationKind.NPO;
    Entry c = new Entry(t + "確認待ちの会");
    c.state = ReviewState.DRAFT;
    Entry d = new Entry(t + "退会した会社").company();
    d.status = DirectoryStatus.WITHDRAWN;
    fixtures.save(a, b, c, d);
    String q = "/admin/directory?q=" + t;

    // unconfirmed drafts stay out unless asked for
    assertThat(names(q)).containsExactlyInAnyOrder(t + "公開の会", t + "仮登録の会", t + "退会した会社");
    assertThat(names(q + "&state=DRAFT")).containsExactly(t + "確認待ちの会");
    assertThat(names(q + "&state=PENDING")).containsExactly(t + "仮登録の会");
    assertThat(names(q + "&kind=NPO")).containsExactly(t + "仮登録の会");
    assertThat(names(q + "&status=WITHDRAWN")).containsExactly(t + "退会した会社");
    assertThat(names(q + "&city=hagi")).containsExactly(t + "公開の会");
    Document doc = page(q + "&state=PENDING", EDITOR);
    assertThat(doc.select("#state option[selected]").val()).isEqualTo("PENDING");
    assertThat(doc.select("a:contains(CSVで書き出す)").attr("href"))
        .isEqualTo("/admin/directory/export?state=PENDING&q=" + t);
  }

  @Test
  void theDashboardCountsPublishedEntriesByTypeAndStatusAndTheWaitingOnes() throws Exception {
    Map<OrganisationKind, Map<DirectoryStatus, Long>> before = finder.counts(ReviewState.PUBLISHED);
    long waitingBefore = finder.countInState(ReviewState.PENDING);
    String t = DirectoryPagesFixtures.token();
    Entry g1 = new Entry(t + "a");
    Entry g2 = new Entry(t + "b");
    g2.status = DirectoryStatus.DISSOLVED;
    Entry n1 = new Entry(t + "c");
    n1.kind = OrganisationKind.NPO;
    n1.status = DirectoryStatus.WITHDRAWN;
    Entry c1 = new Entry(t + "d").company();
    Entry c2 = new Entry(t + "e").company();
    Entry p1 = new Entry(t + "f");
    p1.state = ReviewState.PENDING;
    Entry p2 = new Entry(t + "g");
    p2.state = ReviewState.PENDING;
    Entry draft = new Entry(t + "h");
    draft.state = ReviewState.DRAFT;
    fixtures.save(g1, g2, n1, c1, c2, p1, p2, draft);

    Map<OrganisationKind, Map<DirectoryStatus, Long>> after = finder.counts(ReviewState.PUBLISHED);
    assertThat(diff(before, after, OrganisationKind.GROUP, DirectoryStatus.ACTIVE)).isEqualTo(1);
    assertThat(diff(before, after, OrganisationKind.GROUP, DirectoryStatus.DISSOLVED)).isEqualTo(1);
    assertThat(diff(before, after, OrganisationKind.GROUP, DirectoryStatus.WITHDRAWN)).isZero();
    assertThat(diff(before, after, OrganisationKind.NPO, DirectoryStatus.WITHDRAWN)).isEqualTo(1);
    assertThat(diff(before, after, OrganisationKind.NPO, DirectoryStatus.ACTIVE)).isZero();
    assertThat(diff(before, after, OrganisationKind.COMPANY, DirectoryStatus.ACTIVE)).isEqualTo(2);
    assertThat(finder.countInState(ReviewState.PENDING) - waitingBefore).isEqualTo(2);

    // the dashboard shows the same figures, as a table with caption and headers
    Document dash = page("/admin", EDITOR);
    var table = dash.select("table:has(caption:contains(団体・企業の掲載件数))").first();
    assertThat(table).isNotNull();
    assertThat(table.select("thead th[scope=col]").eachText())
        .containsExactly("活動中", "解散", "退会", "合計");
    assertThat(table.select("tbody th[scope=row]").eachText())
        .containsExactly("県民活動団体", "NPO法人", "企業", "合計");
    var companyRow = table.select("tbody tr").get(2).select("td");
    long companiesActive = after.get(OrganisationKind.COMPANY).get(DirectoryStatus.ACTIVE);
    assertThat(companyRow.get(0).text()).isEqualTo(companiesActive + "件");
    assertThat(companyRow.get(0).select("a").attr("href"))
        .isEqualTo("/admin/directory?state=PUBLISHED&kind=COMPANY&status=ACTIVE");
    long total = after.values().stream().flatMap(m -> m.values().stream()).mapToLong(x -> x).sum();
    assertThat(table.select("tbody tr").get(3).select("td").last().text()).isEqualTo(total + "件");
    assertThat(dash.select("a[href=/admin/directory?state=PENDING]").text())
        .isEqualTo(finder.countInState(ReviewState.PENDING) + "件");
  }

  private static long diff(
      Map<OrganisationKind, Map<DirectoryStatus, Long>> before,
      Map<OrganisationKind, Map<DirectoryStatus, Long>> after,
      OrganisationKind k,
      DirectoryStatus s) {
    return after.get(k).get(s) - before.get(k).get(s);
  }

  List<CSVRecord> csv(MockHttpServletResponse response) throws Exception {
    byte[] bytes = response.getContentAsByteArray();
    assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
    assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
    assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n");
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.EXCEL)) {
      return parser.getRecords();
    }
  }

  @Test
  void theCsvHasTheChosenColumnsInJapaneseWithABomAndFormulaSafeCells() throws Exception {
    String t = DirectoryPagesFixtures.token();
    Entry e = new Entry("=cmd|' /C calc'!A0" + t);
    e.phone = "+81-83-900-0000";
    e.fields = java.util.Set.of("f01", "f07");
    Entry other = new Entry(t + "普通の会");
    other.at = java.time.Instant.parse("2020-01-01T00:00:00Z");
    fixtures.save(e, other);
    long auditBefore =
        jdbc.sql("select count(*) from audit_log where action = 'DATA_EXPORT'")
            .query(Long.class)
            .single();

    MockHttpServletResponse response =
        mvc.perform(
                get("/admin/directory/export.csv")
                    .param("q", t)
                    .param("col", "phone", "name", "kind", "activityFields")
                    .with(EDITOR))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;");
    List<CSVRecord> rows = csv(response);
    // columns in the page's order, whatever order they were asked in
    assertThat(rows.getFirst().toList()).containsExactly("種類", "団体名・企業名", "活動分野", "電話番号");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).toList())
        .containsExactly(
            "県民活動団体", "'=cmd|' /C calc'!A0" + t, "保健・医療又は福祉の増進、環境の保全", "'+81-83-900-0000");
    assertThat(rows.get(2).get(1)).isEqualTo(t + "普通の会");
    assertThat(
            jdbc.sql("select count(*) from audit_log where action = 'DATA_EXPORT'")
                .query(Long.class)
                .single())
        .isEqualTo(auditBefore + 1);
    String detail =
        jdbc.sql(
                "select detail from audit_log where action = 'DATA_EXPORT' and target = 'directory_entry'"
                    + " order by id desc limit 1")
            .query(String.class)
            .single();
    assertThat(detail).contains("q=" + t).contains("columns=kind,name,activityFields,phone");
    assertThat(detail).contains("rows=2").contains("completed=true");
  }

  @Test
  void registrantColumnsAreForAdministratorsOnly() throws Exception {
    String t = DirectoryPagesFixtures.token();
    Entry e = new Entry(t + "個人情報の会");
    e.registrantEmail = "private-" + t + "@example.jp";
    fixtures.save(e);

    Document editorPage = page("/admin/directory/export?q=" + t, EDITOR);
    assertThat(editorPage.select("input[value=registrantEmail]")).isEmpty();
    Document adminPage = page("/admin/directory/export?q=" + t, ADMIN);
    assertThat(adminPage.select("input[value=registrantEmail]")).hasSize(1);
    assertThat(adminPage.text()).contains("【非公開】登録担当者Eメール");

    String refused =
        mvc.perform(
                get("/admin/directory/export.csv")
                    .param("q", t)
                    .param("col", "name", "registrantEmail")
                    .with(EDITOR))
            .andExpect(status().isForbidden())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("登録担当者の項目は管理者だけが書き出せます。").doesNotContain("private-" + t);

    List<CSVRecord> rows =
        csv(
            mvc.perform(
                    get("/admin/directory/export.csv")
                        .param("q", t)
                        .param("col", "name", "registrantEmail")
                        .with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse());
    assertThat(rows.getFirst().toList()).containsExactly("団体名・企業名", "【非公開】登録担当者Eメール");
    assertThat(rows.get(1).toList()).containsExactly(t + "個人情報の会", "private-" + t + "@example.jp");
  }

  @Test
  void anExportWithoutColumnsShowsAJapaneseErrorAndKeepsTheFilters() throws Exception {
    String t = DirectoryPagesFixtures.token();
    String html =
        mvc.perform(
                get("/admin/directory/export.csv").param("q", t).param("kind", "NPO").with(EDITOR))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document doc = Jsoup.parse(html);
    assertThat(doc.title()).startsWith("エラー：");
    assertThat(doc.select(".error-summary").text()).contains("書き出す項目を1つ以上選んでください。");
    assertThat(doc.select("input[type=hidden][name=q]").val()).isEqualTo(t);
    assertThat(doc.select("input[type=hidden][name=kind]").val()).isEqualTo("NPO");
  }
}
