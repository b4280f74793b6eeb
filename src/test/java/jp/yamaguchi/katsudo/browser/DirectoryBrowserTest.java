package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.DirectoryPagesFixtures;
import jp.yamaguchi.katsudo.directory.DirectoryPagesFixtures.Entry;
import jp.yamaguchi.katsudo.directory.changes.ChangeRequests;
import jp.yamaguchi.katsudo.directory.web.DirectoryForm;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 団体・企業を探す in a browser: list → simple search → detail → detailed search → the change request
 * pages, and the staff side (list, CSV columns, dashboard, the comparison of a change request and
 * its approval), each page without axe violations at phone and desktop width.
 */
class DirectoryBrowserTest extends BrowserTest {

  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  @Autowired DirectoryPagesFixtures fixtures;
  @Autowired ChangeRequests changes;
  @Autowired DirectoryEntries entries;

  static Page.GetByRoleOptions name(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void thePublicFindsAnEntryAndAsksForAChange(int width) {
    String t = DirectoryPagesFixtures.token();
    Entry group = new Entry(t + "子ども食堂の会");
    group.activities = "毎月2回、子ども食堂を開いています。\n学習支援もしています。";
    group.features = java.util.Set.of("t1", "t4");
    group.url1 = "https://example.jp/" + t;
    Entry company = new Entry(t + "株式会社山陽電機").company();
    Entry dissolved = new Entry(t + "解散した会");
    dissolved.status = jp.yamaguchi.katsudo.directory.DirectoryStatus.DISSOLVED;
    var ids = fixtures.save(group, company, dissolved);

    Page page = open("/directory", width);
    assertThat(page.locator("h1")).hasText("団体・企業を探す");
    assertAccessible(page, "directory-list");

    page.getByLabel("キーワード").fill(t);
    page.getByRole(AriaRole.BUTTON, name("検索する")).click();
    assertThat(page.locator("h1")).hasText("検索結果");
    assertThat(page.locator(".card")).hasCount(3);
    assertAccessible(page, "directory-results");

    page.getByRole(AriaRole.LINK, name(t + "子ども食堂の会")).click();
    assertThat(page.locator("h1")).hasText(t + "子ども食堂の会");
    assertThat(page.locator("dl")).containsText("学習支援もしています。");
    assertAccessible(page, "directory-detail-group");

    page.navigate(url("/directory/" + ids.get(1)));
    assertThat(page.locator("dl")).containsText("FAX");
    assertAccessible(page, "directory-detail-company");
    page.navigate(url("/directory/" + ids.get(2)));
    assertThat(page.locator(".notice")).containsText("解散");
    assertAccessible(page, "directory-detail-dissolved");

    page.navigate(url("/directory/search"));
    page.getByLabel("キーワード").fill(t);
    page.getByLabel("連携・協働の実績がある").check();
    page.getByRole(AriaRole.BUTTON, name("検索する")).click();
    assertThat(page.locator(".card")).hasCount(1);
    page.navigate(url("/directory/search?q=" + t));
    assertAccessible(page, "directory-search");

    page.navigate(url("/directory/changes?q=" + t));
    assertThat(page.locator("table tbody tr")).hasCount(3);
    assertAccessible(page, "directory-change-search");
    page.navigate(url("/directory/" + ids.getFirst() + "/change"));
    assertThat(page.locator("#activities")).hasValue("毎月2回、子ども食堂を開いています。\n学習支援もしています。");
    assertAccessible(page, "directory-change-form");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void staffCompareAChangeRequestAndApproveIt(int width) {
    String t = DirectoryPagesFixtures.token();
    Entry e = new Entry(t + "見守りの会");
    e.activities = "高齢者の見守りをしています。";
    e.registrantEmail = "browser-" + t + "@example.jp";
    long id = fixtures.save(e);
    var form = DirectoryForm.from(entries.content(id));
    form.setActivities("高齢者の見守りと配食をしています。");
    form.setPhone("083-999-0000");
    var sent = changes.submit(id, form.toContent(), entries.get(id).getVersion(), "配食を始めました。");
    changes.confirmed(sent.id());

    Page page = newPage(width);
    loginAsAdmin(page);
    assertAccessible(page, "directory-dashboard");
    page.navigate(url("/admin/directory?q=" + t));
    assertThat(page.locator("table tbody tr")).hasCount(1);
    assertAccessible(page, "directory-admin-list");
    page.navigate(url("/admin/directory/export?q=" + t));
    assertAccessible(page, "directory-admin-export");

    page.navigate(url("/admin/directory/changes?state=PENDING"));
    assertAccessible(page, "directory-admin-changes");
    page.navigate(url("/admin/directory/changes/" + sent.id()));
    assertThat(page.locator("tr[data-changed]")).hasCount(2);
    assertThat(page.locator("tr[data-changed]").first()).containsText("修正あり");
    assertAccessible(page, "directory-admin-compare");

    page.getByRole(AriaRole.BUTTON, name("承認して掲載に反映する")).click();
    assertThat(page.locator(".notice[data-variant=success]")).containsText("反映しました");
    assertAccessible(page, "directory-admin-approved");
    page.navigate(url("/directory/" + id));
    assertThat(page.locator("dl")).containsText("高齢者の見守りと配食をしています。");
  }
}
