package jp.yamaguchi.katsudo.book.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface BookRepository extends JpaRepository<Book, Long>, JpaSpecificationExecutor<Book> {

  Optional<Book> findByReceiptNumber(String receiptNumber);

  List<Book> findByReceiptNumberIn(Collection<String> receiptNumbers);

  @Query("select b from Book b order by b.receiptNumber")
  List<Book> findAllForExport();

  /** Id, title and last change of every book, for the sitemap. */
  @Query("select b.id, b.title, b.updatedAt from Book b order by b.id")
  List<Object[]> findSitemapRows();
}
