package jp.yamaguchi.katsudo.book.domain;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.yamaguchi.katsudo.book.BookInput;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's CSV import of the catalogue, in two steps: {@link #upload} keeps the file and answers
 * a preview (what would be added, changed, and every problem with its row and column); {@link
 * #apply} imports it in one transaction, only when no row has a problem. Rows are matched to books
 * by 受付番号: a known number changes that book, a new one adds a book; books missing from the file
 * stay. A column missing from the file leaves that value of existing books as it is.
 */
@Service
@Transactional
public class BookImports {

  /** How many changed rows the preview lists. */
  public static final int SHOWN = 100;

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final int MAX_ROWS = 50_000;
  static final Duration KEPT = Duration.ofDays(1);
  private static final int BATCH = 200;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final BookRepository repository;
  private final BookCatalog catalog;
  private final JdbcClient jdbc;
  private final EntityManager entityManager;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Clock clock;

  BookImports(
      BookRepository repository,
      BookCatalog catalog,
      JdbcClient jdbc,
      EntityManager entityManager,
      MessageSource messages,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.catalog = catalog;
    this.jdbc = jdbc;
    this.entityManager = entityManager;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
  }

  /** The outcome of an import. */
  public record Result(int created, int updated, int unchanged) {}

  /**
   * Keeps an uploaded file for the import step and returns its preview. A file that is empty, too
   * large, in an unknown encoding or without the required columns is refused as a whole ({@link
   * BusinessException}).
   */
  public ImportPreview upload(String fileName, byte[] content, String actor) {
    if (content == null || content.length == 0) throw new BusinessException("e.book.import.empty");
    if (content.length > MAX_BYTES) {
      throw new BusinessException("e.book.import.tooLarge", MAX_BYTES / 1024 / 1024);
    }
    CsvText text = CsvText.decode(content);
    Parsed parsed = parse(text.text()); // refuses a file without the required columns
    Instant now = clock.instant();
    jdbc.sql("DELETE FROM book_import WHERE created_at < ?")
        .param(Timestamp.from(now.minus(KEPT)))
        .update();
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String name = fileName == null ? null : fileName.strip();
    if (name != null && name.length() > 200) name = name.substring(0, 200);
    jdbc.sql(
            "INSERT INTO book_import (token, file_name, encoding, content, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(token, name, text.encoding(), text.text(), actor, Timestamp.from(now))
        .update();
    return analyse(token, name, text.encoding(), parsed);
  }

  /** The preview of a kept upload (only its uploader's). */
  @Transactional(readOnly = true)
  public ImportPreview preview(String token, String actor) {
    Stored s = stored(token, actor);
    return analyse(token, s.fileName(), s.encoding(), parse(s.content()));
  }

  /**
   * Imports a kept upload in one transaction: all rows or none. Refused with {@code
   * e.book.import.hasErrors} when a row has a problem now (the catalogue may have changed since the
   * preview).
   */
  public Result apply(String token, String actor) {
    Stored s = stored(token, actor);
    Parsed parsed = parse(s.content());
    ImportPreview preview = analyse(token, s.fileName(), s.encoding(), parsed);
    if (!preview.ok()) throw new BusinessException("e.book.import.hasErrors");
    Instant now = clock.instant();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    try {
      for (int from = 0; from < parsed.rows().size(); from += BATCH) {
        List<Row> batch = parsed.rows().subList(from, Math.min(from + BATCH, parsed.rows().size()));
        Map<String, Book> existing = existing(batch);
        for (Row row : batch) {
          Book book = existing.get(row.receiptNumber());
          if (book == null) {
            entityManager.persist(new Book(row.checked().values(), actor, now));
            created++;
          } else if (book.apply(merged(row, book), actor, now)) {
            updated++;
          } else {
            unchanged++;
          }
        }
        entityManager.flush();
        entityManager.clear();
      }
    } catch (DataIntegrityViolationException e) {
      throw new BusinessException("e.book.import.concurrent");
    }
    jdbc.sql("DELETE FROM book_import WHERE token = ?").param(token).update();
    catalog.changed(null);
    audit.record(
        AuditAction.DATA_IMPORT,
        actor,
        "book",
        "file="
            + Objects.toString(s.fileName(), "")
            + "; encoding="
            + s.encoding()
            + "; created="
            + created
            + "; updated="
            + updated
            + "; unchanged="
            + unchanged);
    return new Result(created, updated, unchanged);
  }

  // --- parsing -----------------------------------------------------------------------------

  private record Stored(String fileName, String encoding, String content) {}

  /** A data row: its spreadsheet row number, the values of the file's columns and the check. */
  private record Row(
      int number,
      Map<BookColumn, String> values,
      BookRules.Checked checked,
      List<ImportPreview.RowError> errors) {
    String receiptNumber() {
      return checked.ok() ? checked.values().receiptNumber() : null;
    }
  }

  private record Parsed(
      List<BookColumn> columns,
      List<String> ignoredHeaders,
      List<Row> rows,
      List<ImportPreview.RowError> errors) {}

  private Stored stored(String token, String actor) {
    return jdbc.sql(
            "SELECT file_name, encoding, content FROM book_import"
                + " WHERE token = ? AND created_by = ? AND created_at >= ?")
        .params(token, actor, Timestamp.from(clock.instant().minus(KEPT)))
        .query((rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional()
        .orElseThrow(() -> new NotFoundException("book import " + token));
  }

  private Parsed parse(String text) {
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      records = parser.getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new BusinessException("e.book.import.malformed");
    }
    if (records.isEmpty()) throw new BusinessException("e.book.import.empty");
    // the header row
    Map<String, BookColumn> byHeader = headerNames();
    List<BookColumn> columns = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (String h : records.get(0)) {
      BookColumn c = byHeader.get(normalizeHeader(h));
      if (c != null && columns.contains(c)) {
        throw new BusinessException("e.book.import.duplicateColumn", label(c));
      }
      columns.add(c);
      if (c == null && !h.isBlank()) ignored.add(h.strip());
    }
    for (BookColumn c : BookColumn.values()) {
      if (c.required() && !columns.contains(c)) {
        throw new BusinessException("e.book.import.missingColumn", label(c));
      }
    }
    if (records.size() - 1 > MAX_ROWS) {
      throw new BusinessException("e.book.import.tooManyRows", MAX_ROWS);
    }
    // the data rows
    List<Row> rows = new ArrayList<>();
    List<ImportPreview.RowError> errors = new ArrayList<>();
    Map<String, Integer> firstRow = new HashMap<>();
    for (int i = 1; i < records.size(); i++) {
      CSVRecord r = records.get(i);
      int number = i + 1;
      if (r.stream().allMatch(String::isBlank)) continue;
      List<ImportPreview.RowError> rowErrors = new ArrayList<>();
      if (r.size() != columns.size()) {
        rowErrors.add(
            new ImportPreview.RowError(
                number, null, "e.book.import.columnCount", columns.size(), r.size()));
      }
      Map<BookColumn, String> values = new EnumMap<>(BookColumn.class);
      for (int c = 0; c < columns.size() && c < r.size(); c++) {
        if (columns.get(c) != null) values.put(columns.get(c), unguard(r.get(c)));
      }
      BookRules.Checked checked = BookRules.check(input(values));
      for (BookProblem p : checked.problems()) {
        rowErrors.add(
            new ImportPreview.RowError(
                number, label(BookColumn.ofField(p.field())), p.messageId(), p.arguments()));
      }
      if (checked.ok()) {
        Integer first = firstRow.putIfAbsent(checked.values().receiptNumber(), number);
        if (first != null) {
          rowErrors.add(
              new ImportPreview.RowError(
                  number, label(BookColumn.RECEIPT_NUMBER), "e.book.import.duplicate", first));
        }
      }
      errors.addAll(rowErrors);
      rows.add(new Row(number, values, checked, rowErrors));
    }
    if (rows.isEmpty()) throw new BusinessException("e.book.import.noRows");
    return new Parsed(columns, ignored, rows, errors);
  }

  private ImportPreview analyse(String token, String fileName, String encoding, Parsed parsed) {
    int creates = 0;
    int updates = 0;
    int unchanged = 0;
    int unreadable = 0;
    List<ImportPreview.Change> changes = new ArrayList<>();
    for (int from = 0; from < parsed.rows().size(); from += 500) {
      List<Row> batch = parsed.rows().subList(from, Math.min(from + 500, parsed.rows().size()));
      Map<String, Book> existing = existing(batch);
      for (Row row : batch) {
        if (!row.errors().isEmpty()) continue;
        Book book = existing.get(row.receiptNumber());
        BookValues values = book == null ? row.checked().values() : merged(row, book);
        if (values.publishedText() != null && values.publishedOn() == null) unreadable++;
        if (book == null) {
          creates++;
          if (changes.size() < SHOWN) {
            changes.add(new ImportPreview.Change(row.number(), true, values, List.of()));
          }
        } else if (book.sameAs(values)) {
          unchanged++;
        } else {
          updates++;
          if (changes.size() < SHOWN) {
            changes.add(
                new ImportPreview.Change(row.number(), false, values, changedFields(book, values)));
          }
        }
      }
      entityManager.clear();
    }
    return new ImportPreview(
        token,
        fileName,
        encoding,
        parsed.rows().size(),
        creates,
        updates,
        unchanged,
        changes,
        parsed.errors(),
        parsed.ignoredHeaders(),
        unreadable);
  }

  private Map<String, Book> existing(List<Row> rows) {
    List<String> numbers =
        rows.stream().map(Row::receiptNumber).filter(Objects::nonNull).distinct().toList();
    if (numbers.isEmpty()) return Map.of();
    return repository.findByReceiptNumberIn(numbers).stream()
        .collect(Collectors.toMap(Book::getReceiptNumber, Function.identity()));
  }

  /** The row's values; a column the file lacks keeps the book's value. */
  private static BookValues merged(Row row, Book book) {
    Map<BookColumn, String> v = new EnumMap<>(row.values());
    v.putIfAbsent(BookColumn.AUTHORS, book.getAuthors());
    v.putIfAbsent(BookColumn.PUBLISHER, book.getPublisher());
    v.putIfAbsent(BookColumn.PUBLISHED, book.getPublishedText());
    v.putIfAbsent(BookColumn.DESCRIPTION, book.getDescription());
    BookRules.Checked c = BookRules.check(input(v));
    return c.ok() ? c.values() : row.checked().values();
  }

  private static List<String> changedFields(Book book, BookValues v) {
    List<String> fields = new ArrayList<>();
    if (!Objects.equals(book.getTitle(), v.title())) fields.add("title");
    if (!Objects.equals(book.getAuthors(), v.authors())) fields.add("authors");
    if (!Objects.equals(book.getPublisher(), v.publisher())) fields.add("publisher");
    if (!Objects.equals(book.getPublishedText(), v.publishedText())) fields.add("publishedText");
    if (!Objects.equals(book.getDescription(), v.description())) fields.add("description");
    return fields;
  }

  private static BookInput input(Map<BookColumn, String> v) {
    return new BookInput(
        v.get(BookColumn.RECEIPT_NUMBER),
        v.get(BookColumn.TITLE),
        v.get(BookColumn.AUTHORS),
        v.get(BookColumn.PUBLISHER),
        v.get(BookColumn.PUBLISHED),
        v.get(BookColumn.DESCRIPTION));
  }

  /** The export's guard against spreadsheet formulas ('=…) is taken off again. */
  static String unguard(String value) {
    if (value.length() >= 2 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
      return value.substring(1);
    }
    return value;
  }

  private Map<String, BookColumn> headerNames() {
    Map<String, BookColumn> names = new LinkedHashMap<>();
    for (BookColumn c : BookColumn.values()) {
      names.put(normalizeHeader(label(c)), c);
      String aliases = messages.getMessage(c.aliasesKey(), null, "", java.util.Locale.JAPANESE);
      for (String a : aliases.split(",")) {
        if (!a.isBlank()) names.putIfAbsent(normalizeHeader(a), c);
      }
    }
    return names;
  }

  static String normalizeHeader(String h) {
    return Normalizer.normalize(h.replace("\uFEFF", ""), Normalizer.Form.NFKC)
        .replaceAll("\\s+", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** A column's Japanese header. */
  public String label(BookColumn c) {
    return messages.getMessage(c.headerKey(), null, java.util.Locale.JAPANESE);
  }
}
