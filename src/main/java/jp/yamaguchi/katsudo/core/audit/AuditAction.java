package jp.yamaguchi.katsudo.core.audit;

/**
 * What an audit-log entry records. The Japanese label of each is {@code audit.action.<NAME>} in the
 * message files. New actions may be added; existing names are stored and must not be renamed.
 */
public enum AuditAction {
  LOGIN_SUCCESS,
  LOGIN_FAILURE,
  LOCKOUT,
  UNLOCK,
  LOGOUT,
  SECOND_FACTOR_SENT,
  SECOND_FACTOR_SUCCESS,
  ACCOUNT_REGISTER,
  ACCOUNT_VERIFY,
  PASSWORD_CHANGE,
  PASSWORD_RESET_REQUEST,
  PASSWORD_RESET,
  EMAIL_CHANGE_REQUEST,
  EMAIL_CHANGE,
  ACCOUNT_DELETE,
  ACCOUNT_SUSPEND,
  ACCOUNT_RESUME,
  ACCOUNT_CHANGE,
  STAFF_CREATE,
  STAFF_PERMISSION_CHANGE,
  STAFF_DELETE,
  DATA_EXPORT,
  DATA_IMPORT,
  PUBLISH,
  UNPUBLISH,
  KEY_ROTATION,
  AUDIT_PRUNE
}
