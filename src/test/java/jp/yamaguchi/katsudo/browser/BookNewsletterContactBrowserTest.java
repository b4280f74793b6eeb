package jp.yamaguchi.katsudo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.Charset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 蔵書, さぽ～とメール and お問い合わせ as visitors and staff use them, checked with axe. */
class BookNewsletterContactBrowserTest extends BrowserTest {

  static Page.GetByRoleOptions name(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void theCatalogueIsSearchableAndAccessible(int width) {
    Page page = open("/books", width);
    assertThat(page.locator("h1")).hasText("蔵書");
    assertThat(page.locator(".card-list .card")).hasCount(20);
    assertAccessible(page, "books-list");

    page.locator("main summary").click();
    page.getByLabel("発行年（から）").fill("平成");
    page.getByRole(AriaRole.BUTTON, name("検索する")).click();
    assertThat(page).hasTitle(Pattern.compile("^エラー："));
    assertThat(page.locator(".error-summary")).containsText("発行年は西暦4桁");
    assertThat(page.getByLabel("発行年（から）")).hasValue("平成");
    assertAccessible(page, "books-search-error");

    page.getByLabel("発行年（から）").fill("2000");
    page.getByLabel("発行年（まで）").fill("2010");
    page.getByRole(AriaRole.BUTTON, name("検索する")).click();
    assertThat(page.locator("h1")).hasText("蔵書の検索結果");
    assertAccessible(page, "books-search-results");

    page.locator(".card__title a").first().click();
    assertThat(page.locator("dl")).containsText("受付番号");
    assertAccessible(page, "books-detail");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void backNumbersAreListedByYearAndAccessible(int width) {
    Page page = open("/supportmail", width);
    assertThat(page.locator("h1")).hasText("さぽ～とメール");
    assertAccessible(page, "supportmail-list");
    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("年別アーカイブ"))
        .getByRole(AriaRole.LINK)
        .nth(1)
        .click();
    assertThat(page.locator("h1")).containsText("年）");
    assertAccessible(page, "supportmail-year");
    page.locator(".news-list__title a").first().click();
    assertThat(page.locator(".text-plain")).containsText("やまぐち県民活動支援センター");
    assertAccessible(page, "supportmail-detail");
  }

  @ParameterizedTest
  @ValueSource(ints = {PHONE, DESKTOP})
  void theContactFormGoesThroughConfirmationAndBack(int width) {
    Page page = open("/contact", width);
    assertThat(page.locator("h1")).hasText("お問い合わせ");
    assertAccessible(page, "contact-form");

    page.getByRole(AriaRole.BUTTON, name("入力内容を確認する")).click();
    assertThat(page).hasTitle(Pattern.compile("^エラー：お問い合わせ"));
    assertThat(page.locator(".error-summary")).containsText("お名前を入力してください。");
    assertAccessible(page, "contact-form-errors");

    page.getByLabel("センターの利用について").check();
    page.getByLabel("お名前").fill("山口 花子");
    page.getByLabel("メールアドレス").fill("browser-contact@example.jp");
    page.getByLabel("お問い合わせの内容").fill("交流コーナーの予約について教えてください。");
    page.getByLabel("個人情報の取り扱いに同意する").check();
    page.getByRole(AriaRole.BUTTON, name("入力内容を確認する")).click();
    assertThat(page.locator("h1")).hasText("お問い合わせ内容の確認");
    assertThat(page.locator("dl")).containsText("交流コーナーの予約について教えてください。");
    assertAccessible(page, "contact-confirm");

    page.getByRole(AriaRole.BUTTON, name("入力画面に戻る")).click();
    assertThat(page.getByLabel("お名前")).hasValue("山口 花子");
    assertThat(page.getByLabel("個人情報の取り扱いに同意する")).isChecked();
    page.getByRole(AriaRole.BUTTON, name("入力内容を確認する")).click();
    page.getByRole(AriaRole.BUTTON, name("送信する")).click();
    assertThat(page.locator("h1")).hasText("お問い合わせを受け付けました");
    assertThat(page.locator(".notice")).containsText("受付番号：");
    assertAccessible(page, "contact-sent");
  }

  @Test
  void staffImportACatalogueFileAndSeeItsProblems() {
    Page page = newPage(DESKTOP);
    loginAsAdmin(page);
    page.navigate(url("/admin/books"));
    assertAccessible(page, "admin-books-list");
    page.getByRole(AriaRole.LINK, name("CSVから取り込む")).click();
    assertAccessible(page, "admin-books-import");
    String csv = "受付番号,書籍名,発行日\r\nB0001,ブラウザーの本,平成17年4月\r\nB0002,,2005年\r\n";
    page.getByLabel("CSVファイル")
        .setInputFiles(
            new FilePayload("books.csv", "text/csv", csv.getBytes(Charset.forName("windows-31j"))));
    page.getByRole(AriaRole.BUTTON, name("内容を確認する")).click();
    assertThat(page).hasTitle(Pattern.compile("^エラー：取り込む内容の確認"));
    assertThat(page.locator("tr.import-error")).containsText("書籍名を入力してください。");
    assertAccessible(page, "admin-books-import-errors");

    page.getByRole(AriaRole.LINK, name("別のファイルを選ぶ")).click();
    page.getByLabel("CSVファイル")
        .setInputFiles(
            new FilePayload(
                "books.csv",
                "text/csv",
                "受付番号,書籍名,発行日\r\nB0001,ブラウザーの本,平成17年4月\r\n"
                    .getBytes(Charset.forName("windows-31j"))));
    page.getByRole(AriaRole.BUTTON, name("内容を確認する")).click();
    assertAccessible(page, "admin-books-import-preview");
    page.getByRole(AriaRole.BUTTON, name("取り込む（新規1冊、更新0冊）")).click();
    assertThat(page.locator(".notice[data-variant=success]")).containsText("取り込みました（新規1冊");

    page.navigate(url("/admin/contact"));
    assertAccessible(page, "admin-contact-list");
    page.navigate(url("/admin/supportmail"));
    assertAccessible(page, "admin-supportmail-list");
    page.locator("tbody td a").first().click();
    assertAccessible(page, "admin-supportmail-edit");
  }
}
