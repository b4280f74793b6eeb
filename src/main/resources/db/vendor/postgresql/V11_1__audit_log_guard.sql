-- PostgreSQL only (Flyway location db/vendor/{vendor}): the database itself keeps the audit log
-- append-only. UPDATE and TRUNCATE are refused; DELETE only for entries older than 365 days (the
-- pruning by katsudo.audit.retention, which is never shorter). H2, used for development and
-- tests, has no SQL trigger language (its triggers are Java classes), so there the application is
-- the only guard; see docs/security.md 監査ログ.
CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
  END IF;
  IF OLD.occurred_at > now() - interval '365 days' THEN
    RAISE EXCEPTION 'audit_log entries are kept at least 365 days: DELETE of entry % refused', OLD.id;
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER audit_log_guard_rows BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
CREATE TRIGGER audit_log_guard_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard();
