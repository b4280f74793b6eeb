package jp.yamaguchi.katsudo.core.nav;

/** Where a navigation link appears in a site's shell. */
public enum NavArea {
  HEADER,
  SIDE,
  FOOTER,
  NONE
}
