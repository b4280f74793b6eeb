package jp.yamaguchi.katsudo.grant.web;

import java.time.LocalDate;
import jp.yamaguchi.katsudo.grant.domain.PublicGrantSearch;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The public search's query parameters. */
public class GrantQuery {

  /** The yen sign people type after an amount (U+5186). */
  private static final char YEN = (char) 0x5186;

  private String field;
  private String area;
  private String amount;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate from;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate to;

  private String q;
  private boolean open;
  private int page;

  PublicGrantSearch search(LocalDate today) {
    return new PublicGrantSearch(
        blank(field), blank(area), amountYen(), from, to, blank(q), open, today);
  }

  /**
   * The amount typed, in yen: full-width digits, commas and a trailing 円 are accepted; null when
   * blank or not a whole number (the controller checks {@link #amountValid()} first).
   */
  Long amountYen() {
    String s = GrantForm.halfWidth(amount);
    if (s == null) return null;
    s = s.replace(",", "").replace(String.valueOf(YEN), "").strip();
    if (s.isEmpty() || !s.matches("\\d{1,13}")) return null;
    return Long.valueOf(s);
  }

  boolean amountValid() {
    return blank(amount) == null || amountYen() != null;
  }

  boolean isEmpty() {
    return blank(field) == null
        && blank(area) == null
        && blank(amount) == null
        && from == null
        && to == null
        && blank(q) == null
        && !open;
  }

  /** The list URL with these conditions, ending so that {@code page=n} can be appended. */
  String pageBase() {
    var b = UriComponentsBuilder.fromPath("/grants");
    if (blank(field) != null) b.queryParam("field", field);
    if (blank(area) != null) b.queryParam("area", area);
    if (blank(amount) != null) b.queryParam("amount", amount.strip());
    if (from != null) b.queryParam("from", from);
    if (to != null) b.queryParam("to", to);
    if (blank(q) != null) b.queryParam("q", q.strip());
    if (open) b.queryParam("open", "true");
    String url = b.encode().toUriString();
    return url + (url.contains("?") ? "&" : "?");
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public boolean isOpen() {
    return open;
  }

  public void setOpen(boolean open) {
    this.open = open;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
