package jp.yamaguchi.katsudo.page.web;

/** The first step of creating a page: which site it belongs to. */
public class SiteChoiceForm {

  private String site;

  public SiteChoiceForm() {}

  SiteChoiceForm(String site) {
    this.site = site;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }
}
