package jp.yamaguchi.katsudo.report.domain;

/** Who entered a report: the center's staff, or a visitor through the public posting form. */
public enum Origin {
  STAFF,
  PUBLIC
}
