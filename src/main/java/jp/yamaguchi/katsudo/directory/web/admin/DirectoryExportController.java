package jp.yamaguchi.katsudo.directory.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.lists.Lists;
import jp.yamaguchi.katsudo.directory.domain.DirectoryContent;
import jp.yamaguchi.katsudo.directory.domain.DirectoryEntry;
import jp.yamaguchi.katsudo.directory.domain.DirectoryField;
import jp.yamaguchi.katsudo.directory.domain.DirectoryFieldText;
import jp.yamaguchi.katsudo.directory.domain.DirectoryFinder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * CSV export of directory entries: staff pick the columns (checkboxes) on {@code
 * /admin/directory/export}, with the list's current filters; the file is UTF-8 with a byte-order
 * mark and CRLF line ends (opens in Japanese Excel), Japanese headers, codes as their labels, and
 * cells a spreadsheet would read as a formula prefixed with an apostrophe (as the audit-log export
 * does). The private 登録担当者 columns are offered to and accepted from 管理者 only, and their headers say
 * 【非公開】. Every export is audited (DATA_EXPORT), also one that breaks off.
 */
@Controller
class DirectoryExportController {

  static final String BASE = "/admin/directory/export";

  /** Columns besides the entry's fields. */
  static final String ID = "id";

  static final String KIND = "kind";
  static final String STATE = "state";
  static final String FIRST_PUBLISHED = "firstPublishedAt";
  static final String UPDATED = "updatedAt";

  /** The columns offered by default (checked when the page opens). */
  static final List<String> DEFAULT_COLUMNS =
      List.of(ID, KIND, "status", STATE, "name", "nameKana", "municipality", "phone", "email");

  private static final DateTimeFormatter CSV_TIME =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ClockConfig.ZONE);
  private static final DateTimeFormatter FILE_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ClockConfig.ZONE);

  private final DirectoryFinder finder;
  private final DirectoryFieldText fieldText;
  private final AuditLog audit;
  private final Lists lists;
  private final MessageSource messages;
  private final Clock clock;

  DirectoryExportController(
      DirectoryFinder finder,
      DirectoryFieldText fieldText,
      AuditLog audit,
      Lists lists,
      MessageSource messages,
      Clock clock) {
    this.finder = finder;
    this.fieldText = fieldText;
    this.audit = audit;
    this.lists = lists;
    this.messages = messages;
    this.clock = clock;
  }

  /** A column of the export page. */
  record Column(String code, String label, boolean registrant, boolean checked) {}

  @GetMapping(BASE)
  String form(
      @ModelAttribute("filter") DirectoryAdminFilter filter,
      BindingResult ignoredBadValues,
      Authentication auth,
      Model model) {
    return page(filter, Set.copyOf(DEFAULT_COLUMNS), null, auth, model);
  }

  private String page(
      DirectoryAdminFilter filter,
      Set<String> checked,
      String error,
      Authentication auth,
      Model model) {
    boolean admin = isAdmin(auth);
    List<Column> columns = new ArrayList<>();
    for (String code : allColumns()) {
      DirectoryField f = DirectoryField.byKey(code);
      boolean registrant = f != null && f.registrant();
      if (registrant && !admin) continue;
      columns.add(new Column(code, msg(labelKey(code)), registrant, checked.contains(code)));
    }
    model.addAttribute("columns", columns.stream().filter(c -> !c.registrant()).toList());
    model.addAttribute("registrantColumns", columns.stream().filter(Column::registrant).toList());
    model.addAttribute("count", finder.count(filter.toSearch()));
    model.addAttribute("filterQuery", filter.query());
    model.addAttribute("error", error);
    if (error != null) ChangeReviewController.markError(model, "export");
    DirectoryListController.options(model, lists, messages);
    return "directory/admin/export";
  }

  @GetMapping(BASE + ".csv")
  String export(
      @ModelAttribute("filter") DirectoryAdminFilter filter,
      BindingResult ignoredBadValues,
      @RequestParam(name = "col", required = false) List<String> requested,
      Authentication auth,
      HttpServletResponse response,
      Model model)
      throws IOException {
    Set<String> known = new LinkedHashSet<>(allColumns());
    List<String> cols =
        requested == null
            ? List.of()
            : requested.stream().filter(known::contains).distinct().toList();
    if (cols.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(filter, Set.of(), msg("dirpages.export.e.columns"), auth, model);
    }
    boolean wantsRegistrant =
        cols.stream().map(DirectoryField::byKey).anyMatch(f -> f != null && f.registrant());
    if (wantsRegistrant && !isAdmin(auth)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return page(filter, Set.copyOf(cols), msg("dirpages.export.e.private"), auth, model);
    }
    // order the columns as the page lists them, whatever order the request named them in
    List<String> ordered = known.stream().filter(cols::contains).toList();
    write(filter, ordered, response);
    return null;
  }

  private void write(DirectoryAdminFilter filter, List<String> cols, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("directory-" + FILE_DATE.format(clock.instant()) + ".csv")
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
        csv.printRecord(cols.stream().map(c -> msg(labelKey(c))).toList());
        finder.forEach(
            filter.toSearch(),
            e -> {
              try {
                csv.printRecord(row(e, cols));
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
          "directory_entry",
          filter.describe()
              + "; columns="
              + String.join(",", cols)
              + "; rows="
              + rows[0]
              + "; completed="
              + completed);
    }
  }

  private List<String> row(DirectoryEntry e, List<String> cols) {
    DirectoryContent content = e.content();
    List<String> out = new ArrayList<>(cols.size());
    for (String c : cols) {
      String v =
          switch (c) {
            case ID -> String.valueOf(e.getId());
            case KIND -> msg(DirectoryFieldText.kindKey(e.getKind()));
            case STATE -> msg(e.getReview().state().messageKey());
            case FIRST_PUBLISHED -> time(e.getReview().firstPublishedAt());
            case UPDATED -> time(e.getUpdatedAt());
            default -> fieldText.text(DirectoryField.byKey(c), content);
          };
      out.add(cell(v));
    }
    return out;
  }

  private static String time(Instant at) {
    return at == null ? "" : CSV_TIME.format(at);
  }

  /** A cell as text: a leading = + - @ (or tab, CR) would make a spreadsheet run a formula. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) return "";
    char first = value.charAt(0);
    return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
  }

  /** Every column code in page order: id, type, the entry's fields, state and dates. */
  static List<String> allColumns() {
    List<String> all = new ArrayList<>(List.of(ID, KIND));
    DirectoryField.ALL.forEach(f -> all.add(f.key()));
    all.add(all.indexOf("status") + 1, STATE);
    all.add(FIRST_PUBLISHED);
    all.add(UPDATED);
    return all;
  }

  private static String labelKey(String code) {
    return "dirpages.col." + code;
  }

  private static boolean isAdmin(Authentication auth) {
    return auth != null
        && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
  }

  private String msg(String code) {
    return messages.getMessage(code, null, Locale.JAPANESE);
  }
}
