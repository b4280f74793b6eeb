package jp.yamaguchi.katsudo.siteadmin.web;

/**
 * The filter bar of the notice list: a site and a state, each a code or empty for all. Unknown
 * codes are dropped by the controller, so the bar then shows 「すべて」.
 */
public class NoticeFilter {

  private String site;
  private String state;

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }
}
