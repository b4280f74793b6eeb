package jp.yamaguchi.katsudo.core.terms;

import jp.yamaguchi.katsudo.core.site.Site;

/** The terms a visitor agrees to; each kind has its own numbered versions. */
public enum TermsKind {
  /** スーパーネット登録規約: shown before a group or company registers on Supernet. */
  SUPERNET_REGISTRATION(Site.SUPERNET),
  /** あいかさねっと利用規約: shown before a member registers on Aikasanet. */
  AIKASANET_USE(Site.AIKASANET);

  private final Site site;

  TermsKind(Site site) {
    this.site = site;
  }

  /** The site whose public terms page shows this kind. */
  public Site site() {
    return site;
  }

  /** The kind a site's public terms page shows. */
  public static TermsKind of(Site site) {
    return site == Site.AIKASANET ? AIKASANET_USE : SUPERNET_REGISTRATION;
  }
}
