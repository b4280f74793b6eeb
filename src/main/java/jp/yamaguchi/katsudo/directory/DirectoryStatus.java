package jp.yamaguchi.katsudo.directory;

/**
 * Whether a listed organisation is still active: 活動中, 解散 or 退会. Separate from the review state (an
 * entry may be published and dissolved; the public pages show the status).
 */
public enum DirectoryStatus {
  ACTIVE,
  DISSOLVED,
  WITHDRAWN;

  /** The message key of the Japanese label. */
  public String messageKey() {
    return "directory.status." + name();
  }
}
