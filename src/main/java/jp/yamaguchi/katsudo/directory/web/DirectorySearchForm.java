package jp.yamaguchi.katsudo.directory.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;
import jp.yamaguchi.katsudo.directory.domain.DirectorySearch;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query of the public directory search (simple and detailed): every field optional, bound from
 * the URL so results can be bookmarked and paged. Values that do not parse are ignored.
 */
public class DirectorySearchForm {

  static final int WORDS_MAX = 100;

  private String q;
  private OrganisationKind kind;
  private String cls;
  private List<String> field = new ArrayList<>();
  private String area;
  private String city;
  private List<String> feature = new ArrayList<>();
  private DirectoryStatus status;

  /** The search for the finder; published entries only. */
  DirectorySearch toSearch() {
    return new DirectorySearch(
            words(),
            kind,
            cls,
            new HashSet<>(field),
            area,
            city,
            new HashSet<>(feature),
            status,
            null)
        .publishedOnly();
  }

  String words() {
    if (q == null) return null;
    String w = q.strip();
    return w.length() > WORDS_MAX ? w.substring(0, WORDS_MAX) : w;
  }

  /** The query string of the search (without the page), ending in {@code &} when not empty. */
  String queryPrefix() {
    var b = UriComponentsBuilder.fromPath("");
    if (words() != null && !words().isEmpty()) b.queryParam("q", words());
    if (kind != null) b.queryParam("kind", kind.name());
    if (cls != null && !cls.isBlank()) b.queryParam("cls", cls);
    field.forEach(f -> b.queryParam("field", f));
    if (area != null && !area.isBlank()) b.queryParam("area", area);
    if (city != null && !city.isBlank()) b.queryParam("city", city);
    feature.forEach(f -> b.queryParam("feature", f));
    if (status != null) b.queryParam("status", status.name());
    String s = b.encode().build().toUriString();
    return s.isEmpty() ? "" : s.substring(1) + "&";
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public String getCls() {
    return cls;
  }

  public void setCls(String cls) {
    this.cls = cls;
  }

  public List<String> getField() {
    return field;
  }

  public void setField(List<String> field) {
    this.field = field == null ? new ArrayList<>() : field;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public List<String> getFeature() {
    return feature;
  }

  public void setFeature(List<String> feature) {
    this.feature = feature == null ? new ArrayList<>() : feature;
  }

  public DirectoryStatus getStatus() {
    return status;
  }

  public void setStatus(DirectoryStatus status) {
    this.status = status;
  }
}
