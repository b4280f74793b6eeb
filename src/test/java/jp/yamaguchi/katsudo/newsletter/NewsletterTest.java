package jp.yamaguchi.katsudo.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.newsletter.domain.Issue;
import jp.yamaguchi.katsudo.newsletter.domain.IssueEditing;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** さぽ～とメール back numbers: public list and detail, old URLs, the staff's form and review. */
@IntegrationTest
class NewsletterTest {

  @Autowired MockMvc mvc;
  @Autowired Newsletters newsletters;
  @Autowired IssueEditing editing;

  /** An issue number and legacy id no other test uses. */
  static int unique() {
    return ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  Issue imported(int number, ReviewState state, LocalDate date, String body) {
    newsletters.importAll(
        List.of(
            new ImportedIssue(
                number, "さぽ～とメール 第" + number + "号", body, date, (long) number, state, "demo")),
        "test");
    return editing.search(null, "第" + number + "号", 0).getContent().getFirst();
  }

  static MockHttpServletRequestBuilder form(String url, String... pairs) {
    MockHttpServletRequestBuilder b =
        post(url).with(csrf()).with(user("letter-editor").roles("EDITOR"));
    for (int i = 0; i < pairs.length; i += 2) b.param(pairs[i], pairs[i + 1]);
    return b;
  }

  @Test
  void aPublishedIssueIsListedByYearAndShownAsPlainText() throws Exception {
    int n = unique();
    Issue issue =
        imported(
            n,
            ReviewState.PUBLISHED,
            LocalDate.of(1987, 6, 1),
            "━━━━━━━━━━\r\n■講座のご案内\r\n<script>alert(1)</script>\r\nhttps://example.jp/");
    Issue draft = imported(unique(), ReviewState.DRAFT, LocalDate.of(1987, 6, 2), "下書き");

    mvc.perform(get("/supportmail").param("year", "1987"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("さぽ～とメール（1987年）")))
        .andExpect(content().string(containsString(issue.getTitle())))
        .andExpect(content().string(not(containsString(draft.getTitle()))));
    mvc.perform(get("/supportmail")).andExpect(content().string(containsString("1987年（")));
    mvc.perform(get("/supportmail/" + issue.getId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("第" + n + "号")))
        .andExpect(
            content().string(containsString("■講座のご案内\n&lt;script&gt;alert(1)&lt;/script&gt;")))
        .andExpect(content().string(not(containsString("<script>alert"))));
    mvc.perform(get("/supportmail/" + draft.getId())).andExpect(status().isNotFound());
    mvc.perform(get("/sitemap.xml"))
        .andExpect(content().string(containsString("/supportmail/" + issue.getId())));
  }

  @Test
  void oldUrlsAreRedirectedPermanently() throws Exception {
    int n = unique();
    Issue issue = imported(n, ReviewState.PUBLISHED, LocalDate.of(2020, 1, 1), "本文");
    mvc.perform(get("/mailmaga/mailmaga" + n + "/"))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", "/supportmail/" + issue.getId()));
    mvc.perform(get("/mailmaga/mailmaga" + n)).andExpect(status().isMovedPermanently());
    mvc.perform(get("/mailmaga/"))
        .andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", "/supportmail"));
    mvc.perform(get("/mailmaga/mailmaga999999999/")).andExpect(status().isNotFound());
    mvc.perform(get("/mailmaga/mailmagaabc/")).andExpect(status().isNotFound());
    int hidden = unique();
    imported(hidden, ReviewState.DRAFT, LocalDate.of(2020, 1, 1), "本文");
    mvc.perform(get("/mailmaga/mailmaga" + hidden + "/")).andExpect(status().isNotFound());
  }

  @Test
  void theStaffFormShowsJapaneseErrorsAndKeepsTheValues() throws Exception {
    mvc.perform(
            form(
                "/admin/supportmail",
                "issueNumber",
                "三",
                "title",
                "",
                "publishedOn",
                "2025-13-40",
                "body",
                "本文は残る"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>エラー：")))
        .andExpect(content().string(containsString("号の番号は半角数字（1～999999）で入力してください。")))
        .andExpect(content().string(containsString("タイトルを入力してください。")))
        .andExpect(content().string(containsString("日付は「2025-04-01」のように年-月-日で入力してください。")))
        .andExpect(content().string(containsString("本文は残る")))
        .andExpect(content().string(containsString("value=\"三\"")));
    int n = unique();
    imported(n, ReviewState.DRAFT, LocalDate.of(2020, 1, 1), "本文");
    mvc.perform(
            form(
                "/admin/supportmail",
                "issueNumber",
                String.valueOf(n),
                "title",
                "重複",
                "publishedOn",
                "2025-04-01",
                "body",
                "本文"))
        .andExpect(content().string(containsString("この号の番号はほかの号に使われています。")));
  }

  @Test
  void anIssueIsWrittenSubmittedAndPublished() throws Exception {
    int n = unique();
    String location =
        mvc.perform(
                form(
                    "/admin/supportmail",
                    "issueNumber",
                    "　" + n,
                    "title",
                    "さぽ～とメール 第" + n + "号",
                    "publishedOn",
                    "2025-04-01",
                    "body",
                    "■お知らせ\n本文です。"))
            .andExpect(redirectedUrlPattern("/admin/supportmail/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    mvc.perform(form(location + "/review", "action", "SUBMIT")).andExpect(redirectedUrl(location));
    mvc.perform(form(location + "/review", "action", "PUBLISH")).andExpect(redirectedUrl(location));
    assertThat(editing.get(id).review().state()).isEqualTo(ReviewState.PUBLISHED);
    mvc.perform(get("/supportmail/" + id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("■お知らせ\n本文です。")));
    mvc.perform(get(location + "/preview").with(user("letter-editor").roles("EDITOR")))
        .andExpect(content().string(containsString("プレビュー")));
    mvc.perform(get("/admin/supportmail")).andExpect(status().is3xxRedirection());
  }
}
