package jp.yamaguchi.katsudo.event.web;

import java.time.LocalDate;
import jp.yamaguchi.katsudo.event.EventKind;
import jp.yamaguchi.katsudo.event.domain.EventSearch;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public search's query parameters (simple: {@code q}, {@code kind}; detailed: also {@code
 * field}, {@code area}, {@code municipality}, {@code from}, {@code to}) and the page. The same
 * parameters select the events of {@code /events/search.ics}.
 */
public class EventQuery {

  private EventKind kind;
  private String field;
  private String area;
  private String municipality;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate from;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate to;

  private String q;
  private int page;

  EventSearch search() {
    return new EventSearch(kind, field, area, municipality, from, to, q);
  }

  /** The query string of these filters (no page), starting with {@code ?} or empty. */
  String queryString() {
    var b = UriComponentsBuilder.newInstance();
    if (kind != null) b.queryParam("kind", kind.name());
    add(b, "field", field);
    add(b, "area", area);
    add(b, "municipality", municipality);
    if (from != null) b.queryParam("from", from.toString());
    if (to != null) b.queryParam("to", to.toString());
    add(b, "q", q);
    return b.encode().toUriString();
  }

  /** {@code path} with these filters, ending so that {@code page=n} can be appended. */
  String pageBase(String path) {
    String qs = queryString();
    return path + (qs.isEmpty() ? "?" : qs + "&");
  }

  private static void add(UriComponentsBuilder b, String name, String value) {
    if (value != null && !value.isBlank()) b.queryParam(name, value.strip());
  }

  public EventKind getKind() {
    return kind;
  }

  public void setKind(EventKind kind) {
    this.kind = kind;
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

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
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

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
