package jp.yamaguchi.katsudo.directory;

import static jp.yamaguchi.katsudo.support.GuardedForms.asAPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.yamaguchi.katsudo.core.crypto.FieldCrypto;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import jp.yamaguchi.katsudo.media.TestFiles;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import jp.yamaguchi.katsudo.support.SessionClient;
import jp.yamaguchi.katsudo.support.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@IntegrationTest
class DirectoryRegistrationTest {

  /** 送信 mails the confirmation link before the transaction commits: an SMTP server must listen. */
  @RegisterExtension static GreenMailExtension greenMail = TestSmtp.server();

  static final String GROUP = "/directory/register/group";
  static final String NPO = "/directory/register/npo";
  static final String COMPANY = "/directory/register/company";

  @Autowired MockMvc mvc;
  @Autowired FieldCrypto crypto;
  @Autowired DirectoryEntries entries;

  SessionClient browser;
  String email;

  @BeforeEach
  void newBrowser() {
    browser = new SessionClient(mvc);
    email = DirectoryFixtures.unique("reg-") + "@example.jp";
  }

  /** Every field of a valid group registration. */
  Map<String, List<String>> group(String name) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("classification", List.of("nini"));
    p.put("name", List.of(name));
    p.put("nameKana", List.of("やまぐちかんきょうのかい"));
    p.put("representativeName", List.of("山口太郎"));
    p.put("minorsNoticeAgreed", List.of("true"));
    p.put("representativeTitle", List.of("会長"));
    p.put("contactName", List.of("山口花子"));
    p.put("activityFields", List.of("f03", "f07"));
    p.put("targetArea", List.of("municipalities"));
    p.put("targetMunicipalities", List.of("yamaguchi"));
    p.put("purpose", List.of("ふるさとの川をきれいにする"));
    p.put("activities", List.of("毎月の清掃活動"));
    p.put("postalCode", List.of("７５３－０００１"));
    p.put("prefecture", List.of("35"));
    p.put("municipality", List.of("yamaguchi"));
    p.put("address", List.of("中央1-2-3"));
    p.put("phone", List.of("083-000-1111"));
    p.put("memberCount", List.of("約30名"));
    p.put("established", List.of("平成17年4月"));
    p.put("url1", List.of("https://example.jp/kankyo"));
    p.put("url1Description", List.of("活動ブログ"));
    p.put("features", List.of("t4"));
    p.put("registrantName", List.of("登録次郎"));
    p.put("registrantPhone", List.of("090-1111-2222"));
    p.put("registrantEmail", List.of(email));
    p.put("requirements", List.of("r1", "r2", "r3", "r4", "r5", "r6"));
    return p;
  }

  Map<String, List<String>> company(String name) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("classification", List.of("kabushiki"));
    p.put("name", List.of(name));
    p.put("nameKana", List.of("かぶしきがいしゃてすと"));
    p.put("representativeName", List.of("企業太郎"));
    p.put("minorsNoticeAgreed", List.of("true"));
    p.put("contactName", List.of("企業花子"));
    p.put("activities", List.of("印刷業"));
    p.put("csrActivities", List.of("地域の清掃に社員が参加"));
    p.put("prefecture", List.of("35"));
    p.put("municipality", List.of("ube"));
    p.put("address", List.of("常盤町1-1"));
    p.put("registrantName", List.of("登録三郎"));
    p.put("registrantPhone", List.of("0836-00-0000"));
    p.put("registrantEmail", List.of(email));
    return p;
  }

  MockMultipartHttpServletRequestBuilder form(String base, Map<String, List<String>> params) {
    MockMultipartHttpServletRequestBuilder b = multipart(base + "/form");
    params.forEach((k, v) -> b.param(k, v.toArray(String[]::new)));
    return b;
  }

  String postForm(String base, Map<String, List<String>> params, MockMultipartFile... files)
      throws Exception {
    MockMultipartHttpServletRequestBuilder b = form(base, params);
    for (MockMultipartFile f : files) b.file(f);
    return browser
        .perform(b.with(csrf()).with(asAPerson(crypto, "directory-register")))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  void agree(String base) throws Exception {
    browser
        .perform(post(base).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(base + "/form"));
  }

  @Test
  void theGuideAndTheTermsComeFirst() throws Exception {
    browser
        .perform(get("/directory/register"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("NPO法人の掲載登録")))
        .andExpect(content().string(containsString("企業の掲載登録")));
    browser
        .perform(get(NPO))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("スーパーネット登録規約")))
        .andExpect(content().string(containsString("同意する")));
    // the form is not reachable without 「同意する」
    browser.perform(get(NPO + "/form")).andExpect(redirectedUrl(NPO));
    browser.perform(get("/directory/register/unknown")).andExpect(status().isNotFound());
  }

  @Test
  void aGroupRegistersThroughConfirmAndBackAndLandsAsADraft() throws Exception {
    String name = DirectoryFixtures.unique("川をきれいにする会");
    agree(GROUP);
    browser
        .perform(get(GROUP + "/form"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("未成年者の方へ")))
        .andExpect(content().string(containsString("上記に同意する")));
    browser
        .perform(
            form(GROUP, group(name))
                .file(
                    new MockMultipartFile(
                        "upload1", "kiyaku.pdf", "application/pdf", TestFiles.pdf()))
                .with(csrf())
                .with(asAPerson(crypto, "directory-register")))
        .andExpect(redirectedUrl(GROUP + "/confirm"));

    String confirm =
        browser.perform(get(GROUP + "/confirm")).andReturn().getResponse().getContentAsString();
    assertThat(confirm)
        .contains(name, "任意団体", "まちづくりの推進", "環境の保全", "山口市", "753-0001", "約30名", "平成17年4月")
        .contains("kiyaku.pdf", email, "非公開");

    // 戻る: every value and the file are still there
    String back =
        browser.perform(get(GROUP + "/form")).andReturn().getResponse().getContentAsString();
    assertThat(back).contains("value=\"" + name + "\"", "value=\"753-0001\"", "kiyaku.pdf");

    browser
        .perform(post(GROUP + "/confirm").with(csrf()))
        .andExpect(redirectedUrl("/directory/register/sent"));
    browser.perform(get("/directory/register/sent")).andExpect(status().isOk());

    List<DirectoryHeadline> mine = entries.byRegistrantEmail(email);
    assertThat(mine).hasSize(1);
    DirectoryEntry e = entries.get(mine.get(0).id());
    assertThat(e.getName()).isEqualTo(name);
    assertThat(e.getReview().state()).isEqualTo(ReviewState.DRAFT);
    assertThat(e.getFile1MediaId()).isNotNull();
    assertThat(e.getTargetMunicipalities()).containsExactly("yamaguchi");
    assertThat(e.getRegistrantEmail()).isEqualTo(email);

    // the session form is gone: sending again does not create a second entry
    browser.perform(post(GROUP + "/confirm").with(csrf())).andExpect(redirectedUrl(GROUP));
    assertThat(entries.byRegistrantEmail(email)).hasSize(1);
  }

  static Stream<Arguments> badGroupInput() {
    return Stream.of(
        Arguments.of("name", "", "名称を入力してください。"),
        Arguments.of("nameKana", "ヤマグチ", "ふりがなは、ひらがなで入力してください。"),
        Arguments.of("classification", "npo", "選択肢から選んでください。"),
        Arguments.of("representativeName", "", "代表者名を入力してください。"),
        Arguments.of("contactName", "", "担当者名を入力してください。"),
        Arguments.of("activityFields", null, "活動分野を1つ以上選んでください。"),
        Arguments.of("targetArea", "", "対象エリアを選んでください。"),
        Arguments.of("targetMunicipalities", null, "対象市町を1つ以上選んでください。"),
        Arguments.of("purpose", "", "活動目的を入力してください。"),
        Arguments.of("activities", "", "活動内容（業務内容）を入力してください。"),
        Arguments.of("postalCode", "75300", "郵便番号は7桁の数字で入力してください"),
        Arguments.of("prefecture", "", "都道府県を選んでください。"),
        Arguments.of("municipality", "outside", "山口県内の市町を選んでください。"),
        Arguments.of("prefecture", "13", "山口県外の住所のときは、市町に「山口県外」を選んでください。"),
        Arguments.of("address", "", "住所を入力してください。"),
        Arguments.of("phone", "12345", "電話番号は、市外局番から10桁または11桁"),
        Arguments.of("email", "info@", "メールアドレスの形式が正しくありません"),
        Arguments.of("url1", "javascript:alert(1)", "http:// または https:// から始まる"),
        Arguments.of("url1", "", "説明を入力したときは、URLも入力してください。"),
        Arguments.of("features", "t99", "選択肢から選んでください。"),
        Arguments.of("name", "あ".repeat(201), "200文字以内で入力してください。"),
        Arguments.of("registrantName", "", "登録担当者を入力してください。"),
        Arguments.of("registrantPhone", "", "登録担当者電話番号を入力してください。"),
        Arguments.of("registrantEmail", "not-an-address", "メールアドレスの形式が正しくありません"),
        Arguments.of("minorsNoticeAgreed", null, "「上記に同意する」にチェックを入れてください。"),
        Arguments.of("requirements", "r1", "登録要件のすべてにチェックを入れてください。"));
  }

  @ParameterizedTest
  @MethodSource("badGroupInput")
  void aWrongValueIsRefusedInJapaneseAndTheRestIsKept(String field, String value, String message)
      throws Exception {
    String name = DirectoryFixtures.unique("入力確認の会");
    agree(GROUP);
    Map<String, List<String>> p = group(name);
    if (value == null) p.remove(field);
    else p.put(field, List.of(value));
    if (field.equals("name")) p.put("contactName", List.of("保持確認"));
    String html = postForm(GROUP, p);
    assertThat(html).contains("入力内容に問題があります", message);
    assertThat(html).contains("value=\"" + (field.equals("name") ? "保持確認" : name) + "\"");
    assertThat(html).contains("value=\"平成17年4月\"", "約30名");
    assertThat(entries.byRegistrantEmail(email)).isEmpty();
  }

  @Test
  void aFormWithOnlyTheNameListsEveryRequiredFieldInOrder() throws Exception {
    agree(GROUP);
    String name = DirectoryFixtures.unique("名前だけの会");
    String html =
        browser
            .perform(
                multipart(GROUP + "/form")
                    .file(
                        new MockMultipartFile(
                            "upload1", "", "application/octet-stream", new byte[0]))
                    .param("kind", "GROUP")
                    .param("classification", "")
                    .param("name", name)
                    .param("_minorsNoticeAgreed", "on")
                    .param("_activityFields", "on")
                    .param("_targetMunicipalities", "on")
                    .param("prefecture", "")
                    .param("municipality", "")
                    .param("budgetRange", "")
                    .param("_features", "on")
                    .param("_requirements", "on")
                    .with(csrf())
                    .with(asAPerson(crypto, "directory-register")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("value=\"" + name + "\"")
        .containsSubsequence(
            "分類を選んでください。",
            "ふりがなを入力してください。",
            "代表者名を入力してください。",
            "「上記に同意する」にチェックを入れてください。",
            "担当者名を入力してください。",
            "活動分野を1つ以上選んでください。",
            "対象エリアを選んでください。",
            "活動目的を入力してください。",
            "住所を入力してください。",
            "登録担当者Eメールを入力してください。",
            "登録要件のすべてにチェックを入れてください。");
  }

  @Test
  void municipalitiesAreDroppedWhenTheAreaDoesNotAskForThem() throws Exception {
    agree(GROUP);
    String name = DirectoryFixtures.unique("県内全域の会");
    Map<String, List<String>> p = group(name);
    p.put("targetArea", List.of("prefecture"));
    // a one-line field never keeps a line break (no header tricks in mail subjects)
    p.put("name", List.of(name + "\r\nBcc: evil@example.jp"));
    browser
        .perform(form(GROUP, p).with(csrf()).with(asAPerson(crypto, "directory-register")))
        .andExpect(redirectedUrl(GROUP + "/confirm"));
    browser.perform(post(GROUP + "/confirm").with(csrf()));
    DirectoryEntry e = entries.get(entries.byRegistrantEmail(email).get(0).id());
    assertThat(e.getTargetArea()).isEqualTo("prefecture");
    assertThat(e.getTargetMunicipalities()).isEmpty();
    assertThat(e.getName()).isEqualTo(name + " Bcc: evil@example.jp");
  }

  @Test
  void theNpoFormIsPresetToNpoAndACompanyNeedsItsCsr() throws Exception {
    agree(NPO);
    String npoForm =
        browser.perform(get(NPO + "/form")).andReturn().getResponse().getContentAsString();
    assertThat(npoForm).contains("NPO法人").doesNotContain("任意団体");

    agree(COMPANY);
    String companyForm =
        browser.perform(get(COMPANY + "/form")).andReturn().getResponse().getContentAsString();
    assertThat(companyForm).contains("企業名", "CSR活動", "株式会社").doesNotContain("活動分野", "登録要件");
    Map<String, List<String>> p = company(DirectoryFixtures.unique("株式会社テスト"));
    p.remove("csrActivities");
    assertThat(postForm(COMPANY, p)).contains("CSR活動を入力してください。", "印刷業");
    p = company(DirectoryFixtures.unique("株式会社テスト"));
    browser
        .perform(form(COMPANY, p).with(csrf()).with(asAPerson(crypto, "directory-register")))
        .andExpect(redirectedUrl(COMPANY + "/confirm"));
  }

  @Test
  void disguisedAndOversizedFilesAreRefusedAndOtherValuesKept() throws Exception {
    String name = DirectoryFixtures.unique("ファイルの会");
    agree(GROUP);
    String html =
        postForm(
            GROUP,
            group(name),
            new MockMultipartFile("upload1", "kiyaku.pdf", "application/pdf", TestFiles.html()),
            new MockMultipartFile("upload2", "shiryo.pdf", "application/pdf", TestFiles.exe()),
            new MockMultipartFile(
                "upload3", "big.pdf", "application/pdf", new byte[5 * 1024 * 1024 + 1]));
    assertThat(html)
        .contains("入力内容に問題があります")
        .contains("id=\"upload1-error\"", "id=\"upload2-error\"", "id=\"upload3-error\"")
        .contains("ファイルが大きすぎます（5.0MB）。5.0MB以下のファイルを添付してください。")
        .contains("value=\"" + name + "\"");
    assertThat(html).doesNotContain("添付済み");
  }

  @Test
  void aFormPostWithoutTheGuardIsRefused() throws Exception {
    agree(GROUP);
    browser
        .perform(form(GROUP, group(DirectoryFixtures.unique("ボット"))).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(not(containsString("入力内容の確認"))));
    assertThat(entries.byRegistrantEmail(email)).isEmpty();
  }
}
