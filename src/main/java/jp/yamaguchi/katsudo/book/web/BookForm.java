package jp.yamaguchi.katsudo.book.web;

import jp.yamaguchi.katsudo.book.BookInput;
import jp.yamaguchi.katsudo.book.domain.Book;

/** The staff's create/edit form of a book; the rules are checked by the catalogue. */
public class BookForm {

  private String receiptNumber;
  private String title;
  private String authors;
  private String publisher;
  private String publishedText;
  private String description;
  private Long version;

  static BookForm of(Book b) {
    BookForm f = new BookForm();
    f.receiptNumber = b.getReceiptNumber();
    f.title = b.getTitle();
    f.authors = b.getAuthors();
    f.publisher = b.getPublisher();
    f.publishedText = b.getPublishedText();
    f.description = b.getDescription();
    f.version = b.getVersion();
    return f;
  }

  BookInput input() {
    return new BookInput(receiptNumber, title, authors, publisher, publishedText, description);
  }

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public void setReceiptNumber(String receiptNumber) {
    this.receiptNumber = receiptNumber;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getAuthors() {
    return authors;
  }

  public void setAuthors(String authors) {
    this.authors = authors;
  }

  public String getPublisher() {
    return publisher;
  }

  public void setPublisher(String publisher) {
    this.publisher = publisher;
  }

  public String getPublishedText() {
    return publishedText;
  }

  public void setPublishedText(String publishedText) {
    this.publishedText = publishedText;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
