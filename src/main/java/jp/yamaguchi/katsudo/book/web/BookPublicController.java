package jp.yamaguchi.katsudo.book.web;

import java.util.List;
import jp.yamaguchi.katsudo.book.domain.Book;
import jp.yamaguchi.katsudo.book.domain.BookCatalog;
import jp.yamaguchi.katsudo.book.domain.BookQuery;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.core.web.FormErrors;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public catalogue: {@code /books} lists and searches (free words and the detailed search),
 * {@code /books/{id}} shows one book.
 */
@Controller
class BookPublicController {

  static final String LIST = "/books";
  static final List<String> FIELDS =
      List.of("q", "title", "authors", "publisher", "yearFrom", "yearTo", "receiptNumber");

  private final BookCatalog catalog;
  private final MessageSource messages;

  BookPublicController(BookCatalog catalog, MessageSource messages) {
    this.catalog = catalog;
    this.messages = messages;
  }

  @GetMapping(LIST)
  String list(@ModelAttribute("search") BookSearchForm search, BindingResult binding, Model model) {
    if (binding.hasFieldErrors("page")) throw new NotFoundException("books page");
    search.validate(binding);
    if (search.getSort() == null || !BookQuery.SORTS.contains(search.getSort())) {
      search.setSort(BookQuery.BY_RECEIPT_DESC);
    }
    if (search.getPage() < 0) throw new NotFoundException("books page " + search.getPage());
    model.addAttribute("sortOptions", BookSorts.options(messages));
    model.addAttribute("detailed", search.detailed() || binding.hasErrors());
    if (binding.hasErrors()) {
      FormErrors.order(binding, model, FIELDS);
      model.addAttribute("heading", msg("book.public.title"));
      return "book/list";
    }
    Page<Book> page = catalog.search(search.query(), search.getPage());
    if (search.getPage() > 0 && search.getPage() >= page.getTotalPages()) {
      throw new NotFoundException("books page " + search.getPage());
    }
    model.addAttribute("page", page);
    model.addAttribute("searching", search.searching());
    model.addAttribute("pageBase", search.pageBase(LIST));
    model.addAttribute(
        "heading", search.searching() ? msg("book.public.results") : msg("book.public.title"));
    if (search.searching()) {
      model.addAttribute("breadcrumbs", List.of(new Crumb(msg("book.public.title"), LIST)));
    }
    model.addAttribute("metaDescription", msg("book.public.description"));
    return "book/list";
  }

  @GetMapping(LIST + "/{id}")
  String detail(@PathVariable long id, Model model) {
    Book book = catalog.find(id).orElseThrow(() -> new NotFoundException("book " + id));
    model.addAttribute("book", book);
    model.addAttribute("breadcrumbs", List.of(new Crumb(msg("book.public.title"), LIST)));
    model.addAttribute("metaDescription", description(book));
    return "book/detail";
  }

  private String description(Book b) {
    String text = b.getDescription() == null ? b.getTitle() : b.getDescription();
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() <= 120 ? text : text.substring(0, 119) + "…";
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
