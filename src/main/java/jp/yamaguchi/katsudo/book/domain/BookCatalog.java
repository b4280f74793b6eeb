package jp.yamaguchi.katsudo.book.domain;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import jp.yamaguchi.katsudo.book.BookInput;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue: search, and the staff's changes one book at a time. The rules are in {@link
 * BookRules}; 受付番号 is unique; a change made on an outdated copy is refused.
 */
@Service
@Transactional
public class BookCatalog {

  public static final int PAGE_SIZE = 20;
  static final String CONTENT_TYPE = "book";

  private final BookRepository repository;
  private final ApplicationEventPublisher events;
  private final EntityManager entityManager;
  private final Clock clock;

  BookCatalog(
      BookRepository repository,
      ApplicationEventPublisher events,
      EntityManager entityManager,
      Clock clock) {
    this.repository = repository;
    this.events = events;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Book get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("book " + id));
  }

  @Transactional(readOnly = true)
  public Optional<Book> find(long id) {
    return repository.findById(id);
  }

  @Transactional(readOnly = true)
  public Page<Book> search(BookQuery query, int page) {
    return repository.findAll(query.specification(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
  }

  @Transactional(readOnly = true)
  public long count() {
    return repository.count();
  }

  /** Every book by 受付番号, handed over in batches without keeping them all in memory. */
  @Transactional(readOnly = true)
  public void forEach(Consumer<Book> each) {
    int page = 0;
    Page<Book> batch;
    do {
      batch =
          repository.findAll(
              BookQuery.all().withSort(BookQuery.BY_RECEIPT).specification(),
              PageRequest.of(page++, 500));
      batch.forEach(each);
      entityManager.clear();
    } while (batch.hasNext());
  }

  /** Id, title and last change of every book, for the sitemap. */
  @Transactional(readOnly = true)
  public List<Object[]> sitemapRows() {
    return repository.findSitemapRows();
  }

  /** Adds a book; the problems found are thrown as a {@link BookProblems}. */
  public Book create(BookInput input, String actor) {
    BookValues values = checked(input);
    if (repository.findByReceiptNumber(values.receiptNumber()).isPresent()) {
      throw taken();
    }
    Book book = new Book(values, actor, clock.instant());
    try {
      repository.saveAndFlush(book);
    } catch (DataIntegrityViolationException e) {
      throw taken();
    }
    changed(book.getId());
    return book;
  }

  /**
   * Changes a book. {@code version} is the version the form was made from: when someone saved in
   * between, nothing changes and {@code e.book.conflict} asks to reload.
   */
  public Book update(long id, long version, BookInput input, String actor) {
    Book book = get(id);
    if (book.getVersion() != version) throw new BusinessException("e.book.conflict");
    BookValues values = checked(input);
    Optional<Book> other = repository.findByReceiptNumber(values.receiptNumber());
    if (other.isPresent() && !other.get().getId().equals(id)) throw taken();
    if (book.apply(values, actor, clock.instant())) {
      try {
        repository.flush();
      } catch (DataIntegrityViolationException e) {
        throw taken();
      }
      changed(id);
    }
    return book;
  }

  public void delete(long id) {
    repository.delete(get(id));
    changed(id);
  }

  /**
   * Saves many new books at once (demo data, migration); see {@link
   * jp.yamaguchi.katsudo.book.Books}.
   */
  public int createAll(List<BookInput> inputs, String actor) {
    Instant now = clock.instant();
    Set<String> seen = new HashSet<>();
    int n = 0;
    for (BookInput in : inputs) {
      BookRules.Checked c = BookRules.check(in);
      if (!c.ok() || !seen.add(c.values().receiptNumber())) {
        throw new IllegalArgumentException("book " + in.receiptNumber() + ": " + c.problems());
      }
      entityManager.persist(new Book(c.values(), actor, now));
      if (++n % 200 == 0) {
        entityManager.flush();
        entityManager.clear();
      }
    }
    changed(null);
    return n;
  }

  void changed(Long id) {
    events.publishEvent(new ContentChanged(CONTENT_TYPE, id));
  }

  private static BookValues checked(BookInput input) {
    BookRules.Checked c = BookRules.check(input);
    if (!c.ok()) throw new BookProblems(c.problems());
    return c.values();
  }

  private static BookProblems taken() {
    return new BookProblems(
        List.of(new BookProblem("receiptNumber", "e.book.receiptNumber.taken")));
  }
}
