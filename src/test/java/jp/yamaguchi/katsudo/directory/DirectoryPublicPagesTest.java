package jp.yamaguchi.katsudo.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.DirectoryPagesFixtures.Entry;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 団体・企業を探す: the list shows published entries only, newest first, paged; every filter of the simple
 * and detailed search narrows the results exactly; the detail page shows the public fields of its
 * type and never a 登録担当者 value.
 */
@IntegrationTest
class DirectoryPublicPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DirectoryPagesFixtures fixtures;

  Document page(String url) throws Exception {
    String html =
        mvc.perform(get(url))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }

  /** The names of the result cards, in order. */
  List<String> names(String url) throws Exception {
    return page(url).select(".card__title a").eachText();
  }

  List<String> namesFor(String q) throws Exception {
    String html =
        mvc.perform(get("/directory").param("q", q))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html).select(".card__title a").eachText();
  }

  @Test
  void theListShowsOnlyPublishedEntriesNewestFirst() throws Exception {
    String t = DirectoryPagesFixtures.token();
    Entry old = new Entry(t + "古い会");
    old.at = Instant.parse("2020-01-01T00:00:00Z");
    Entry fresh = new Entry(t + "新しい会");
    fresh.at = Instant.parse("2026-01-01T00:00:00Z");
    Entry pending = new Entry(t + "審査中の会");
    pending.state = ReviewState.PENDING;
    Entry draft = new Entry(t + "下書きの会");
    draft.state = ReviewState.DRAFT;
    Entry returned = new Entry(t + "差し戻しの会");
    returned.state = ReviewState.RETURNED;
    Entry hidden = new Entry(t + "非公開の会");
    hidden.state = ReviewState.PRIVATE;
    List<Long> ids = fixtures.save(old, fresh, pending, draft, returned, hidden);

    assertThat(names("/directory?q=" + t)).containsExactly(t + "新しい会", t + "古い会");
    for (int i = 2; i < ids.size(); i++) {
      mvc.perform(get("/directory/" + ids.get(i))).andExpect(status().isNotFound());
    }
    // the unfiltered list (newest first) shows the newest published entries
    Document all = page("/directory");
    assertThat(all.select("h1").text()).isEqualTo("団体・企業を探す");
    assertThat(all.select(".card__title a").eachText()).doesNotContain(t + "審査中の会");
  }

  @Test
  void theListIsPagedTwentyAPage() throws Exception {
    String t = DirectoryPagesFixtures.token();
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      Entry e = new Entry(t + "会" + String.format("%02d", i));
      e.at = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * i);
      entries.add(e);
    }
    fixtures.save(entries.toArray(Entry[]::new));

    List<String> first = names("/directory?q=" + t);
    assertThat(first).hasSize(20).startsWith(t + "会24", t + "会23");
    Document second = page("/directory?q=" + t + "&page=1");
    assertThat(second.select(".card__title a").eachText())
        .containsExactly(t + "会04", t + "会03", t + "会02", t + "会01", t + "会00");
    // the page links keep the search
    assertThat(page("/directory?q=" + t).select(".pagination a").eachAttr("href"))
        .anyMatch(h -> h.equals("/directory?q=" + t + "&page=1"));
    mvc.perform(get("/directory?q=" + t + "&page=2")).andExpect(status().isNotFound());
    mvc.perform(get("/directory?page=-1")).andExpect(status().isNotFound());
  }

  @Test
  void everyFilterNarrowsTheResultsExactly() throws Exception {
    String t = DirectoryPagesFixtures.token();
    Entry a = new Entry(t + "福祉の会");
    a.fields = Set.of("f01", "f13");
    a.features = Set.of("t1", "t4");
    a.targetArea = "municipalities";
    a.targetCities = Set.of("hagi");
    a.municipality = "ube";
    a.activities = "子ども食堂を開いています。";
    Entry b = new Entry(t + "環境の会");
    b.kind = OrganisationKind.NPO;
    b.classification = "npo";
    b.fields = Set.of("f07");
    b.features = Set.of("t1");
    b.status = DirectoryStatus.DISSOLVED;
    b.municipality = "hagi";
    b.nameKana = "かんきょうのかい" + t;
    Entry c = new Entry(t + "商事").company();
    c.municipality = "shunan";
    c.features = Set.of("t2", "t6");
    fixtures.save(a, b, c);
    String q = "/directory?q=" + t;

    assertThat(names(q + "&kind=NPO")).containsExactly(t + "環境の会");
    assertThat(names(q + "&kind=COMPANY")).containsExactly(t + "商事");
    assertThat(names(q + "&cls=npo")).containsExactly(t + "環境の会");
    assertThat(names(q + "&field=f13")).containsExactly(t + "福祉の会");
    assertThat(names(q + "&field=f13&field=f07")).containsExactlyInAnyOrder(t + "福祉の会", t + "環境の会");
    assertThat(names(q + "&area=municipalities")).containsExactly(t + "福祉の会");
    // 市町 matches the address and the 対象市町
    assertThat(names(q + "&city=hagi")).containsExactlyInAnyOrder(t + "福祉の会", t + "環境の会");
    assertThat(names(q + "&city=shunan")).containsExactly(t + "商事");
    // 特徴: every chosen one
    assertThat(names(q + "&feature=t1")).containsExactlyInAnyOrder(t + "福祉の会", t + "環境の会");
    assertThat(names(q + "&feature=t1&feature=t4")).containsExactly(t + "福祉の会");
    assertThat(names(q + "&status=DISSOLVED")).containsExactly(t + "環境の会");
    assertThat(names(q + "&status=ACTIVE")).containsExactlyInAnyOrder(t + "福祉の会", t + "商事");
    // free words: name, ふりがな, 活動内容; all words must match; full-width space separates
    assertThat(names("/directory?q=" + t + "　子ども食堂")).containsExactly(t + "福祉の会");
    assertThat(names("/directory?q=かんきょうのかい" + t)).containsExactly(t + "環境の会");
    // a bad value is ignored, not an error
    assertThat(names(q + "&kind=NOPE")).hasSize(3);
  }

  @Test
  void likeWildcardsTypedByAPersonMatchThemselves() throws Exception {
    String t = DirectoryPagesFixtures.token();
    fixtures.save(new Entry(t + "百%の会"), new Entry(t + "百円の会"));
    assertThat(namesFor(t + "百%")).containsExactly(t + "百%の会");
    assertThat(namesFor(t + "百_")).isEmpty();
    assertThat(namesFor(t + "百")).hasSize(2);
  }

  @Test
  void aSearchWithoutResultsSaysSoAndShowsTheConditions() throws Exception {
    String t = DirectoryPagesFixtures.token();
    Document doc = page("/directory?q=" + t + "&kind=COMPANY");
    assertThat(doc.select("h1").text()).isEqualTo("検索結果");
    assertThat(doc.text()).contains("条件に合う団体・企業はありません。");
    assertThat(doc.text()).contains("検索条件：「" + t + "」、企業");
  }

  @Test
  void theDetailedSearchFormKeepsTheChosenValues() throws Exception {
    Document doc = page("/directory/search?q=abc&field=f07&feature=t2&city=hagi&kind=NPO");
    assertThat(doc.select("#q").val()).isEqualTo("abc");
    assertThat(doc.select("input[name=field][value=f07]").hasAttr("checked")).isTrue();
    assertThat(doc.select("input[name=field][value=f01]").hasAttr("checked")).isFalse();
    assertThat(doc.select("input[name=feature][value=t2]").hasAttr("checked")).isTrue();
    assertThat(doc.select("#city option[selected]").val()).isEqualTo("hagi");
    assertThat(doc.select("#kind option[selected]").val()).isEqualTo("NPO");
    assertThat(doc.select("form[role=search]").attr("action")).isEqualTo("/directory");
  }

  @Test
  void aGroupsDetailShowsItsPublicFieldsAndNoRegistrantValue() throws Exception {
    String t = DirectoryPagesFixtures.token();
    Entry e = new Entry(t + "見守りの会");
    e.registrantName = "秘密" + t + "氏名";
    e.registrantPhone = "099-" + t.substring(1, 4) + "-7777";
    e.registrantEmail = "secret-" + t + "@example.jp";
    e.fields = Set.of("f01");
    e.targetArea = "municipalities";
    e.targetCities = Set.of("hagi", "ube");
    e.features = Set.of("t4");
    long id = fixtures.save(e);

    String html =
        mvc.perform(get("/directory/" + id)).andReturn().getResponse().getContentAsString();
    assertThat(html)
        .doesNotContain(e.registrantName)
        .doesNotContain(e.registrantPhone)
        .doesNotContain(e.registrantEmail)
        .doesNotContain("secret-");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("h1").text()).isEqualTo(t + "見守りの会");
    List<String> labels = doc.select("dl.definition-list dt").eachText();
    assertThat(labels)
        .containsExactly(
            "組織形態",
            "分野",
            "対象エリア",
            "活動内容",
            "代表者",
            "代表者役職",
            "担当者名",
            "住所",
            "電話番号",
            "メールアドレス",
            "設立年月日・発足年月日",
            "会員数",
            "会費",
            "広報",
            "活動目的",
            "特徴");
    assertThat(doc.text())
        .contains("保健・医療又は福祉の増進")
        .contains("山口県内市町（宇部市、萩市）")
        .contains("〒753-0001 山口県山口市中央1丁目1番1号")
        .contains("活動団体である")
        .contains("活動中");
  }

  @Test
  void aCompanysDetailShowsTheCompanyFields() throws Exception {
    String t = DirectoryPagesFixtures.token();
    Entry e = new Entry(t + "電機").company();
    e.url1 = "https://" + t + ".example.jp/";
    e.registrantEmail = "secret-" + t + "@example.jp";
    long id = fixtures.save(e);
    Document doc = page("/directory/" + id);
    assertThat(doc.select("dl.definition-list dt").eachText())
        .containsExactly(
            "組織形態",
            "事業内容",
            "CSRの取り組み・社会貢献活動等の概要",
            "ひとことPR",
            "代表者名",
            "住所",
            "電話番号",
            "FAX",
            "設立年月日・発足年月日",
            "参考URL");
    assertThat(doc.select("a[href=https://" + t + ".example.jp/]").text())
        .isEqualTo("ホームページ（外部サイト）");
    assertThat(doc.html()).doesNotContain("secret-").doesNotContain("担当者名");
  }

  @Test
  void aDissolvedEntryShowsItsStatus() throws Exception {
    String t = DirectoryPagesFixtures.token();
    Entry e = new Entry(t + "解散した会");
    e.status = DirectoryStatus.DISSOLVED;
    long id = fixtures.save(e);
    Document doc = page("/directory/" + id);
    assertThat(doc.select(".notice").text()).isEqualTo("この団体は「解散」です。掲載内容は当時のものです。");
    assertThat(names("/directory?q=" + t)).containsExactly(t + "解散した会");
  }

  @Test
  void theHeaderTabAndTheSitemapLeadToTheDirectory() throws Exception {
    long id = fixtures.save(new Entry(DirectoryPagesFixtures.token() + "地図の会"));
    Document home = page("/");
    assertThat(home.select("a[href=/directory]").eachText()).contains("団体・企業を探す");
    String xml = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
    assertThat(xml).contains("/directory/" + id + "</loc>").contains("/directory</loc>");
  }
}
