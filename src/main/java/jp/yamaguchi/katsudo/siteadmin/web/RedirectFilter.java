package jp.yamaguchi.katsudo.siteadmin.web;

/** The search bar of the redirect list: text found in the old path or the new URL. */
public class RedirectFilter {

  private String q;

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
