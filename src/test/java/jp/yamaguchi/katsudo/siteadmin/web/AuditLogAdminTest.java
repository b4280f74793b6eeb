package jp.yamaguchi.katsudo.siteadmin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditEntry;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.audit.AuditQuery;
import jp.yamaguchi.katsudo.core.audit.AuditReader;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** 監査ログ in the admin: 管理者 only, read only, filtered, paged, exported as CSV for Excel. */
@IntegrationTest
@WithMockUser(username = "audit-admin", roles = "ADMIN")
@DateSensitive
class AuditLogAdminTest {

  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;
  @Autowired AuditReader reader;
  @Autowired JdbcClient jdbc;
  @Autowired MessageSource messages;
  @Autowired AuditLogController controller;

  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  // letters only: a digit run in the tag could look like a phone number to the masking
  final String tag = "t" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");

  void entryAt(Instant at, AuditAction action, String actor, String target, String detail) {
    jdbc.sql(
            "INSERT INTO audit_log (occurred_at, action, actor, ip, target, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(Timestamp.from(at), action.name(), actor, "192.0.2.7", target, detail)
        .update();
  }

  String body(String url) throws Exception {
    return mvc.perform(get(url))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void editorsMayNotSeeTheAuditLog() throws Exception {
    mvc.perform(get("/admin/settings/audit")).andExpect(status().isForbidden());
    mvc.perform(get("/admin/settings/audit/export.csv")).andExpect(status().isForbidden());
  }

  @Test
  @WithMockUser(roles = "EDITOR")
  void theControllerChecksTheRoleItselfToo() {
    assertThatThrownBy(
            () ->
                controller.list(
                    new AuditFilter(), 0, new org.springframework.ui.ExtendedModelMap()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void everyActionHasAJapaneseLabel() {
    for (AuditAction action : AuditAction.values()) {
      String label =
          messages.getMessage("audit.action." + action.name(), null, null, Locale.JAPANESE);
      assertThat(label).as(action.name()).isNotBlank().doesNotContain("audit.action");
    }
  }

  @Test
  void theScreenOnlyReads() {
    Map<RequestMappingInfo, ?> handlers = mappings.getHandlerMethods();
    var auditMappings =
        handlers.keySet().stream()
            .filter(
                info ->
                    info.getPatternValues().stream()
                        .anyMatch(p -> p.startsWith(AuditLogController.BASE)))
            .toList();
    assertThat(auditMappings).isNotEmpty();
    for (RequestMappingInfo info : auditMappings) {
      assertThat(info.getMethodsCondition().getMethods())
          .as(info.toString())
          .containsOnly(RequestMethod.GET);
    }
  }

  @Test
  void entriesAreListedNewestFirstAndFilteredByActionActorTextAndDate() throws Exception {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    entryAt(
        now.minus(40, ChronoUnit.DAYS), AuditAction.LOGIN_FAILURE, "x-" + tag, "old-" + tag, null);
    entryAt(
        now.minus(2, ChronoUnit.HOURS),
        AuditAction.LOGIN_SUCCESS,
        "a-" + tag,
        "first-" + tag,
        null);
    entryAt(
        now.minus(1, ChronoUnit.HOURS),
        AuditAction.PUBLISH,
        "b-" + tag,
        "news#" + tag,
        "about " + tag);

    String all = body("/admin/settings/audit?q=" + tag);
    assertThat(all).contains("全3件").contains("ログイン成功").contains("公開");
    assertThat(all.indexOf("news#" + tag)).isLessThan(all.indexOf("first-" + tag));
    assertThat(all.indexOf("first-" + tag)).isLessThan(all.indexOf("old-" + tag));

    assertThat(body("/admin/settings/audit?action=PUBLISH&q=" + tag))
        .contains("全1件")
        .contains("news#" + tag);
    assertThat(body("/admin/settings/audit?actor=A-" + tag))
        .contains("全1件")
        .contains("first-" + tag);
    String today = java.time.LocalDate.now(clock).toString();
    String lastWeek = java.time.LocalDate.now(clock).minusDays(7).toString();
    assertThat(body("/admin/settings/audit?q=" + tag + "&from=" + lastWeek + "&to=" + today))
        .contains("全2件")
        .doesNotContain("old-" + tag);
    assertThat(body("/admin/settings/audit?q=" + tag + "&to=" + lastWeek))
        .contains("全1件")
        .contains("old-" + tag);
    // unreadable filters are dropped rather than failing
    assertThat(body("/admin/settings/audit?q=" + tag + "&action=NOPE&from=yesterday"))
        .contains("全3件");
  }

  @Test
  void longListsArePaged() throws Exception {
    Instant now = clock.instant();
    for (int i = 0; i < AuditLogController.PAGE_SIZE + 3; i++) {
      entryAt(now.minusSeconds(i), AuditAction.LOGOUT, "pager", "page-" + tag + "-" + i, null);
    }
    var first = reader.search(new AuditQuery(null, null, tag, null, null), PageRequest.of(0, 50));
    assertThat(first.getTotalElements()).isEqualTo(AuditLogController.PAGE_SIZE + 3);
    assertThat(first.getContent().getFirst().target()).isEqualTo("page-" + tag + "-0");
    String page2 = body("/admin/settings/audit?q=" + tag + "&page=1");
    assertThat(page2).contains("page-" + tag + "-52").doesNotContain("page-" + tag + "-0<");
    assertThat(page2).contains("/admin/settings/audit?q=" + tag + "&amp;page=0");
  }

  @Test
  void theCsvExportOpensInJapaneseExcelAndIsItselfLogged() throws Exception {
    Instant now = clock.instant();
    entryAt(
        now.minusSeconds(60),
        AuditAction.LOGIN_FAILURE,
        "=HYPERLINK(\"x\")",
        "csv-" + tag,
        "a,b \"c\"");
    entryAt(now.minusSeconds(30), AuditAction.PUBLISH, "csv-admin", "csv-" + tag + "-2", null);

    var response =
        mvc.perform(get("/admin/settings/audit/export.csv").param("q", "csv-" + tag))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
            .andExpect(
                header()
                    .string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
            .andReturn()
            .getResponse();
    byte[] bytes = response.getContentAsByteArray();
    assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
    assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
    assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n", -1);
    assertThat(lines[0]).isEqualTo("日時,操作,実行者,IPアドレス,対象,詳細");
    assertThat(lines).hasSize(4); // header, two rows, and the empty rest after the last CRLF
    assertThat(lines[1]).contains(",公開,csv-admin,192.0.2.7,csv-" + tag + "-2,");
    assertThat(lines[2])
        .contains("ログイン失敗")
        .contains("\"'=HYPERLINK(\"\"x\"\")\"")
        .contains("\"a,b \"\"c\"\"\"");
    assertThat(lines[1]).matches("^\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2},.*");

    AuditEntry export =
        reader
            .search(
                new AuditQuery(AuditAction.DATA_EXPORT, "audit-admin", "csv-" + tag, null, null),
                PageRequest.of(0, 5))
            .getContent()
            .getFirst();
    assertThat(export.target()).isEqualTo("audit_log");
    assertThat(export.detail())
        .contains("text=csv-" + tag)
        .contains("rows=2")
        .contains("completed=true");
  }

  @Test
  void theMenuListsTheAuditLog() throws Exception {
    assertThat(body("/admin/")).contains("href=\"/admin/settings/audit\"").contains("監査ログ");
  }
}
