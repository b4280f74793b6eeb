package jp.yamaguchi.katsudo.event.domain;

/** Who wrote an event: the center's staff, or the public through the posting form. */
public enum EventOrigin {
  STAFF,
  PUBLIC
}
