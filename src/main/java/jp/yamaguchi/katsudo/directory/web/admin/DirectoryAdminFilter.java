package jp.yamaguchi.katsudo.directory.web.admin;

import java.util.Set;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;
import jp.yamaguchi.katsudo.directory.domain.DirectorySearch;
import org.springframework.web.util.UriComponentsBuilder;

/** The staff list's filters, bound from the URL (shared by the list and the CSV export). */
public class DirectoryAdminFilter {

  private OrganisationKind kind;
  private DirectoryStatus status;
  private ReviewState state;
  private String city;
  private String q;

  DirectorySearch toSearch() {
    String words = q == null ? null : q.strip();
    if (words != null && words.length() > 100) words = words.substring(0, 100);
    return new DirectorySearch(words, kind, null, Set.of(), null, city, Set.of(), status, state);
  }

  /** The filters as a query string without a leading {@code ?}; empty when none is set. */
  String query() {
    var b = UriComponentsBuilder.fromPath("");
    if (kind != null) b.queryParam("kind", kind.name());
    if (status != null) b.queryParam("status", status.name());
    if (state != null) b.queryParam("state", state.name());
    if (city != null && !city.isBlank()) b.queryParam("city", city);
    if (q != null && !q.isBlank()) b.queryParam("q", q.strip());
    String s = b.encode().build().toUriString();
    return s.isEmpty() ? "" : s.substring(1);
  }

  /** For the audit log: which filters the export used. */
  String describe() {
    String s = query();
    return s.isEmpty() ? "all" : s;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public DirectoryStatus getStatus() {
    return status;
  }

  public void setStatus(DirectoryStatus status) {
    this.status = status;
  }

  public ReviewState getState() {
    return state;
  }

  public void setState(ReviewState state) {
    this.state = state;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
