package jp.yamaguchi.katsudo.book.web;

import java.text.Normalizer;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.book.domain.BookQuery;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search of the public list and the admin list: free words, the detailed conditions (書籍名,
 * 著者・編集者, 発行所, 発行年の範囲, 受付番号), the order and the page.
 */
public class BookSearchForm {

  static final int FIRST_YEAR = 1800;
  static final int LAST_YEAR = 2200;
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private String q;
  private String title;
  private String authors;
  private String publisher;
  private String yearFrom;
  private String yearTo;
  private String receiptNumber;
  private String sort;
  private int page;

  /** Checks the years (4 digits, full-width accepted; from ≤ to) and puts errors on the fields. */
  void validate(BindingResult binding) {
    Integer from = year(yearFrom);
    Integer to = year(yearTo);
    if (notBlank(yearFrom) && from == null) {
      binding.rejectValue(
          "yearFrom", "e.book.search.year", new Object[] {FIRST_YEAR, LAST_YEAR}, null);
    }
    if (notBlank(yearTo) && to == null) {
      binding.rejectValue(
          "yearTo", "e.book.search.year", new Object[] {FIRST_YEAR, LAST_YEAR}, null);
    }
    if (from != null && to != null && from > to) {
      binding.rejectValue("yearTo", "e.book.search.yearOrder");
    }
  }

  BookQuery query() {
    return new BookQuery(
        q,
        title,
        authors,
        publisher,
        year(yearFrom),
        year(yearTo),
        receiptNumber,
        sort != null && BookQuery.SORTS.contains(sort) ? sort : null);
  }

  /** Whether any condition is given (the list then shows 「検索結果」). */
  boolean searching() {
    return notBlank(q)
        || notBlank(title)
        || notBlank(authors)
        || notBlank(publisher)
        || notBlank(yearFrom)
        || notBlank(yearTo)
        || notBlank(receiptNumber);
  }

  /** Whether a detailed condition is given (the detailed search then starts open). */
  boolean detailed() {
    return notBlank(title)
        || notBlank(authors)
        || notBlank(publisher)
        || notBlank(yearFrom)
        || notBlank(yearTo)
        || notBlank(receiptNumber);
  }

  /** The list URL with these conditions and order, ending with ? or &amp; for {@code page=n}. */
  String pageBase(String path) {
    var b = UriComponentsBuilder.fromPath(path);
    param(b, "q", q);
    param(b, "title", title);
    param(b, "authors", authors);
    param(b, "publisher", publisher);
    param(b, "yearFrom", yearFrom);
    param(b, "yearTo", yearTo);
    param(b, "receiptNumber", receiptNumber);
    if (sort != null && BookQuery.SORTS.contains(sort)) b.queryParam("sort", sort);
    String url = b.encode().toUriString();
    return url + (url.contains("?") ? "&" : "?");
  }

  private static void param(UriComponentsBuilder b, String name, String value) {
    if (notBlank(value)) b.queryParam(name, value.strip());
  }

  static Integer year(String s) {
    if (!notBlank(s)) return null;
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    if (!YEAR.matcher(n).matches()) return null;
    int y = Integer.parseInt(n);
    return y < FIRST_YEAR || y > LAST_YEAR ? null : y;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
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

  public String getYearFrom() {
    return yearFrom;
  }

  public void setYearFrom(String yearFrom) {
    this.yearFrom = yearFrom;
  }

  public String getYearTo() {
    return yearTo;
  }

  public void setYearTo(String yearTo) {
    this.yearTo = yearTo;
  }

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public void setReceiptNumber(String receiptNumber) {
    this.receiptNumber = receiptNumber;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
