package jp.yamaguchi.katsudo.directory.changes;

/**
 * Asks the entry's registered 登録担当者 to confirm a public change request by a mailed link; once
 * confirmed, {@link ChangeRequests#confirmed} runs.
 */
interface RegistrantConfirmation {

  /** The content type of change requests in the shared confirmation. */
  String CONTENT_TYPE = "directory-change";

  void request(long changeId, String email, String title);
}
