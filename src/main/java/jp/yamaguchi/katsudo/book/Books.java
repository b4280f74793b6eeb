package jp.yamaguchi.katsudo.book;

import java.util.List;
import jp.yamaguchi.katsudo.book.domain.BookCatalog;
import org.springframework.stereotype.Service;

/** Brings many books in at once: the demo data and, later, the legacy migration. */
@Service
public class Books {

  private final BookCatalog catalog;

  Books(BookCatalog catalog) {
    this.catalog = catalog;
  }

  /** Whether the catalogue is empty. */
  public boolean isEmpty() {
    return catalog.count() == 0;
  }

  /**
   * Saves the books in one transaction, in batches, checked like the staff's CSV import (a bad
   * record stops it with an {@link IllegalArgumentException} naming the record).
   *
   * @return how many were saved
   */
  public int importAll(List<BookInput> books, String actor) {
    return catalog.createAll(books, actor);
  }
}
