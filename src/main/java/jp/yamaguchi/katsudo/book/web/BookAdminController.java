package jp.yamaguchi.katsudo.book.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.yamaguchi.katsudo.book.domain.Book;
import jp.yamaguchi.katsudo.book.domain.BookCatalog;
import jp.yamaguchi.katsudo.book.domain.BookColumn;
import jp.yamaguchi.katsudo.book.domain.BookProblem;
import jp.yamaguchi.katsudo.book.domain.BookProblems;
import jp.yamaguchi.katsudo.book.domain.BookQuery;
import jp.yamaguchi.katsudo.book.domain.CsvText;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's catalogue screens under {@code /admin/books}: list and search, create, edit, copy,
 * delete and the CSV export (UTF-8 with BOM, or Shift_JIS for older spreadsheets). The import is
 * {@link BookImportController}. Any staff member may use them.
 */
@Controller
@RequestMapping("/admin/books")
class BookAdminController {

  static final List<String> FIELDS =
      List.of("receiptNumber", "title", "authors", "publisher", "publishedText", "description");
  private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final BookCatalog catalog;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Clock clock;

  BookAdminController(BookCatalog catalog, MessageSource messages, AuditLog audit, Clock clock) {
    this.catalog = catalog;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping
  String list(@ModelAttribute("search") BookSearchForm search, BindingResult binding, Model model) {
    if (binding.hasFieldErrors("page") || search.getPage() < 0) return "redirect:/admin/books";
    search.validate(binding);
    if (search.getSort() == null || !BookQuery.SORTS.contains(search.getSort())) {
      search.setSort(BookQuery.BY_RECEIPT_DESC);
    }
    model.addAttribute("sortOptions", BookSorts.options(messages));
    model.addAttribute("total", catalog.count());
    if (binding.hasErrors()) {
      FormErrors.order(binding, model, BookPublicController.FIELDS);
      return "book/admin/list";
    }
    model.addAttribute("page", catalog.search(search.query(), search.getPage()));
    model.addAttribute("pageBase", search.pageBase("/admin/books"));
    return "book/admin/list";
  }

  @GetMapping("/new")
  String newForm(@RequestParam(required = false) Long copyOf, Model model) {
    BookForm form = new BookForm();
    if (copyOf != null) {
      Book source = catalog.get(copyOf);
      form = BookForm.of(source);
      form.setReceiptNumber(null);
      form.setVersion(null);
      model.addAttribute("copiedFrom", source);
    }
    model.addAttribute("form", form);
    return "book/admin/form";
  }

  @PostMapping
  String create(
      @ModelAttribute("form") BookForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    Book book;
    try {
      book = catalog.create(form.input(), user.getName());
    } catch (BookProblems e) {
      reject(binding, e, model);
      return "book/admin/form";
    }
    redirect.addFlashAttribute("success", msg("book.admin.created", book.getTitle()));
    return "redirect:/admin/books/" + book.getId();
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    Book book = catalog.get(id);
    model.addAttribute("book", book);
    model.addAttribute("form", BookForm.of(book));
    return "book/admin/form";
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") BookForm form,
      BindingResult binding,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    Book book = catalog.get(id);
    model.addAttribute("book", book);
    try {
      catalog.update(
          id, form.getVersion() == null ? -1 : form.getVersion(), form.input(), user.getName());
    } catch (BookProblems e) {
      reject(binding, e, model);
      return "book/admin/form";
    } catch (BusinessException | ObjectOptimisticLockingFailureException e) {
      // someone saved in between: show what this editor typed; saving again overwrites
      binding.reject("e.book.conflict");
      form.setVersion(catalog.get(id).getVersion());
      return "book/admin/form";
    }
    redirect.addFlashAttribute("success", msg("book.admin.saved"));
    return "redirect:/admin/books/" + id;
  }

  @GetMapping("/{id}/delete")
  String confirmDelete(@PathVariable long id, Model model) {
    model.addAttribute("book", catalog.get(id));
    return "book/admin/delete";
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    Book book = catalog.get(id);
    catalog.delete(id);
    redirect.addFlashAttribute("success", msg("book.admin.deleted", book.getTitle()));
    return "redirect:/admin/books";
  }

  /** The whole catalogue as CSV, in the columns the import reads. */
  @GetMapping("/export.csv")
  void export(@RequestParam(defaultValue = "utf-8") String encoding, HttpServletResponse response)
      throws IOException {
    boolean sjis = "sjis".equalsIgnoreCase(encoding);
    response.setContentType("text/csv;charset=" + (sjis ? "Shift_JIS" : "UTF-8"));
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("books-" + FILE_DATE.format(LocalDate.now(clock)) + ".csv")
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    long[] rows = {0};
    boolean completed = false;
    try {
      Writer writer =
          new OutputStreamWriter(
              response.getOutputStream(),
              sjis ? java.nio.charset.Charset.forName("windows-31j") : StandardCharsets.UTF_8);
      if (!sjis) writer.write('\uFEFF');
      CSVFormat format =
          CSVFormat.EXCEL
              .builder()
              .setRecordSeparator("\r\n")
              .setQuoteMode(org.apache.commons.csv.QuoteMode.ALL)
              .get();
      try (CSVPrinter csv = new CSVPrinter(writer, format)) {
        for (BookColumn c : BookColumn.values()) csv.print(msg(c.headerKey()));
        csv.println();
        catalog.forEach(
            b -> {
              try {
                csv.printRecord(
                    cell(b.getReceiptNumber()),
                    cell(b.getTitle()),
                    cell(b.getAuthors()),
                    cell(b.getPublisher()),
                    cell(b.getPublishedText()),
                    cell(b.getDescription()));
                rows[0]++;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
      completed = true;
    } finally {
      audit.record(
          AuditAction.DATA_EXPORT,
          "book",
          "encoding="
              + (sjis ? CsvText.SHIFT_JIS : CsvText.UTF_8)
              + "; rows="
              + rows[0]
              + "; completed="
              + completed);
    }
  }

  /** A cell as text: a leading = + - @ would make a spreadsheet run a formula. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) return "";
    return "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static void reject(BindingResult binding, BookProblems e, Model model) {
    for (BookProblem p : e.problems()) {
      if (!binding.hasFieldErrors(p.field())) {
        binding.rejectValue(p.field(), p.messageId(), p.arguments(), null);
      }
    }
    FormErrors.order(binding, model, FIELDS);
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
