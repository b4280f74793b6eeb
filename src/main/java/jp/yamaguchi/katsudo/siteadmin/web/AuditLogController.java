package jp.yamaguchi.katsudo.siteadmin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditEntry;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.audit.AuditQuery;
import jp.yamaguchi.katsudo.core.audit.AuditReader;
import jp.yamaguchi.katsudo.core.lists.Choice;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 監査ログ: the append-only audit log, newest first, filtered and paged, with a CSV export of the
 * filtered entries (管理者 only). There is deliberately no way to change or delete an entry here.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditLogController {

  static final String BASE = "/admin/settings/audit";
  static final int PAGE_SIZE = 50;

  private static final DateTimeFormatter CSV_TIME =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").withZone(ClockConfig.ZONE);
  private static final DateTimeFormatter FILE_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ClockConfig.ZONE);

  private final AuditReader reader;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Clock clock;

  AuditLogController(AuditReader reader, AuditLog audit, MessageSource messages, Clock clock) {
    this.reader = reader;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping(BASE)
  String list(
      @ModelAttribute("filter") AuditFilter filter,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    AuditQuery query = filter.toQuery();
    Page<AuditEntry> rows = reader.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    String filters = filterQuery(filter);
    model.addAttribute("rows", rows);
    model.addAttribute("actionOptions", actionOptions());
    model.addAttribute("pageBase", BASE + "?" + filters + (filters.isEmpty() ? "" : "&"));
    model.addAttribute(
        "exportUrl", BASE + "/export.csv" + (filters.isEmpty() ? "" : "?" + filters));
    return "siteadmin/audit/list";
  }

  /**
   * The filtered entries as CSV for Excel: UTF-8 with a byte-order mark, CRLF line ends, Japanese
   * headers, times in Japan time. Cells that a spreadsheet would read as a formula are prefixed
   * with an apostrophe. The export itself is logged (DATA_EXPORT), also when the download breaks
   * off: with the rows written until then and whether it completed.
   */
  @GetMapping(BASE + "/export.csv")
  void export(@ModelAttribute("filter") AuditFilter filter, HttpServletResponse response)
      throws IOException {
    AuditQuery query = filter.toQuery();
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("audit-log-" + FILE_DATE.format(clock.instant()) + ".csv")
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    long[] rows = {0};
    boolean completed = false;
    try {
      Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      CSVFormat format = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get();
      try (CSVPrinter csv = new CSVPrinter(writer, format)) {
        csv.printRecord(
            msg("audit.occurredAt"),
            msg("audit.action"),
            msg("audit.actor"),
            msg("audit.ip"),
            msg("audit.target"),
            msg("audit.detail"));
        reader.forEach(
            query,
            e -> {
              try {
                csv.printRecord(
                    CSV_TIME.format(e.occurredAt()),
                    e.action() == null ? "" : msg("audit.action." + e.action().name()),
                    cell(e.actor()),
                    cell(e.ip()),
                    cell(e.target()),
                    cell(e.detail()));
                rows[0]++;
              } catch (IOException ex) {
                throw new UncheckedIOException(ex);
              }
            });
      }
      completed = true;
    } finally {
      audit.record(
          AuditAction.DATA_EXPORT,
          "audit_log",
          describe(query) + "; rows=" + rows[0] + "; completed=" + completed);
    }
  }

  /** A cell as text: a leading = + - @ (or tab, CR) would make a spreadsheet run a formula. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) return "";
    char first = value.charAt(0);
    return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
  }

  private static String describe(AuditQuery q) {
    List<String> parts = new ArrayList<>();
    if (q.action() != null) parts.add("action=" + q.action().name());
    if (q.actor() != null) parts.add("actor=" + q.actor());
    if (q.text() != null) parts.add("text=" + q.text());
    if (q.from() != null) parts.add("from=" + q.from());
    if (q.to() != null) parts.add("to=" + q.to());
    return parts.isEmpty() ? "all" : String.join(", ", parts);
  }

  private static String filterQuery(AuditFilter f) {
    String uri =
        UriComponentsBuilder.fromPath("")
            .queryParamIfPresent("action", Optional.ofNullable(f.getAction()))
            .queryParamIfPresent("actor", Optional.ofNullable(f.getActor()))
            .queryParamIfPresent("q", Optional.ofNullable(f.getQ()))
            .queryParamIfPresent("from", Optional.ofNullable(f.getFrom()))
            .queryParamIfPresent("to", Optional.ofNullable(f.getTo()))
            .encode()
            .build()
            .toUriString();
    return uri.startsWith("?") ? uri.substring(1) : uri;
  }

  private List<Choice> actionOptions() {
    return Arrays.stream(AuditAction.values())
        .map(a -> new Choice(a.name(), msg("audit.action." + a.name()), Set.of()))
        .toList();
  }

  private String msg(String code) {
    return messages.getMessage(code, null, LocaleContextHolder.getLocale());
  }
}
