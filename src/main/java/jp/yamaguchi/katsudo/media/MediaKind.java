package jp.yamaguchi.katsudo.media;

/** What a media file is: a picture shown inline, or a document offered for download. */
public enum MediaKind {
  IMAGE,
  DOCUMENT
}
