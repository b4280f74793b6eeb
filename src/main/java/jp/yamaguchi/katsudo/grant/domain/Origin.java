package jp.yamaguchi.katsudo.grant.domain;

/** Who entered a grant: the center's staff, or a visitor through the public posting form. */
public enum Origin {
  STAFF,
  PUBLIC
}
