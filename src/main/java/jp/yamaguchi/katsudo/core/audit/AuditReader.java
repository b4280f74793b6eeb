package jp.yamaguchi.katsudo.core.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jp.yamaguchi.katsudo.core.ClockConfig;
import jp.yamaguchi.katsudo.core.web.Like;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log back for the admin screen and its CSV export: newest first, filtered by an
 * {@link AuditQuery}. Reading only: the log has no way to change an entry.
 */
@Service
@Transactional(readOnly = true)
public class AuditReader {

  private static final String COLUMNS = "id, occurred_at, action, actor, ip, target, detail";
  private static final String ORDER = " ORDER BY occurred_at DESC, id DESC";

  private final JdbcTemplate jdbc;
  private final JdbcTemplate streaming;

  AuditReader(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.streaming = new JdbcTemplate(jdbc.getDataSource());
    this.streaming.setFetchSize(500);
  }

  /** One page of the entries the query matches, newest first. */
  public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
    Where where = where(query);
    Long total =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM audit_log" + where.sql(), Long.class, where.params().toArray());
    List<Object> params = new ArrayList<>(where.params());
    params.add(page.getPageSize());
    params.add(page.getOffset());
    List<AuditEntry> rows =
        jdbc.query(
            "SELECT " + COLUMNS + " FROM audit_log" + where.sql() + ORDER + " LIMIT ? OFFSET ?",
            (rs, n) -> entry(rs),
            params.toArray());
    return new PageImpl<>(rows, page, total == null ? 0 : total);
  }

  /**
   * Hands every entry the query matches, newest first, to {@code each} without holding them all in
   * memory (for the CSV export). Returns how many there were.
   */
  public long forEach(AuditQuery query, Consumer<AuditEntry> each) {
    Where where = where(query);
    long[] count = {0};
    streaming.query(
        "SELECT " + COLUMNS + " FROM audit_log" + where.sql() + ORDER,
        rs -> {
          each.accept(entry(rs));
          count[0]++;
        },
        where.params().toArray());
    return count[0];
  }

  private record Where(String sql, List<Object> params) {}

  private static Where where(AuditQuery q) {
    StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (q.action() != null) {
      sql.append(" AND action = ?");
      params.add(q.action().name());
    }
    if (q.actor() != null && !q.actor().isBlank()) {
      sql.append(" AND LOWER(actor) LIKE ? ESCAPE '\\'");
      params.add(Like.containsLower(q.actor()));
    }
    if (q.text() != null && !q.text().isBlank()) {
      sql.append(
          " AND (LOWER(COALESCE(target, '')) LIKE ? ESCAPE '\\'"
              + " OR LOWER(COALESCE(detail, '')) LIKE ? ESCAPE '\\')");
      String pattern = Like.containsLower(q.text());
      params.add(pattern);
      params.add(pattern);
    }
    if (q.from() != null) {
      sql.append(" AND occurred_at >= ?");
      params.add(Timestamp.from(q.from().atStartOfDay(ClockConfig.ZONE).toInstant()));
    }
    if (q.to() != null) {
      sql.append(" AND occurred_at < ?");
      params.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(ClockConfig.ZONE).toInstant()));
    }
    return new Where(sql.toString(), params);
  }

  private static AuditEntry entry(ResultSet rs) throws SQLException {
    String action = rs.getString("action");
    AuditAction known = null;
    for (AuditAction a : AuditAction.values()) {
      if (a.name().equals(action)) known = a;
    }
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        known,
        rs.getString("actor"),
        rs.getString("ip"),
        rs.getString("target"),
        rs.getString("detail"));
  }
}
