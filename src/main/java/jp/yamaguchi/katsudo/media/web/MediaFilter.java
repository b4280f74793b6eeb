package jp.yamaguchi.katsudo.media.web;

/** The filter form of the media list (bound from the query string). */
public class MediaFilter {

  private String kind = "";
  private String q = "";

  public MediaFilter() {}

  MediaFilter(MediaListQuery query) {
    this.kind = query.kind();
    this.q = query.q();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
