package jp.yamaguchi.katsudo.core.crypto;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.command.Command;
import org.hibernate.envers.Audited;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every encrypted column with the active key (key rotation): {@code
 * --katsudo.command=rotate-keys}. The columns are found from the JPA entities themselves (every
 * field converted by {@link EncryptedString} or {@link EncryptedLocalDate}, in embeddables too, and
 * the Envers history table of audited entities), so a new encrypted field needs no registration.
 * Works value by value in small transactions; safe to run again or to interrupt.
 */
@Component
public class KeyRotation implements Command {

  private final EntityManagerFactory emf;
  private final JdbcClient jdbc;
  private final FieldCrypto crypto;
  private final TransactionTemplate tx;
  private final AuditLog audit;

  KeyRotation(
      EntityManagerFactory emf,
      JdbcClient jdbc,
      FieldCrypto crypto,
      TransactionTemplate tx,
      AuditLog audit) {
    this.emf = emf;
    this.jdbc = jdbc;
    this.crypto = crypto;
    this.tx = tx;
    this.audit = audit;
  }

  @Override
  public String name() {
    return "rotate-keys";
  }

  /** A table and column holding encrypted values. */
  public record EncryptedColumn(String table, String column) {}

  /** Every encrypted column of the application's entities (and their history tables). */
  public List<EncryptedColumn> columns() {
    Set<EncryptedColumn> out = new LinkedHashSet<>();
    for (EntityType<?> type : emf.getMetamodel().getEntities()) {
      Class<?> cls = type.getJavaType();
      Table table = cls.getAnnotation(Table.class);
      String tableName =
          table != null && !table.name().isEmpty() ? table.name() : snake(cls.getSimpleName());
      List<String> cols = new ArrayList<>();
      collect(cls, cols);
      for (String col : cols) {
        out.add(new EncryptedColumn(tableName, col));
        if (cls.isAnnotationPresent(Audited.class)) {
          out.add(new EncryptedColumn(tableName + "_aud", col));
        }
      }
    }
    return List.copyOf(out);
  }

  private static void collect(Class<?> cls, List<String> cols) {
    for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        Convert convert = f.getAnnotation(Convert.class);
        if (convert != null
            && (convert.converter() == EncryptedString.class
                || convert.converter() == EncryptedLocalDate.class)) {
          Column column = f.getAnnotation(Column.class);
          cols.add(column != null && !column.name().isEmpty() ? column.name() : snake(f.getName()));
        } else if (f.isAnnotationPresent(Embedded.class)) {
          collect(f.getType(), cols);
        }
      }
    }
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  /** Re-encrypts every value not under the active key; returns a one-line report. */
  @Override
  public String run() {
    String prefix = crypto.activeKeyId() + ":";
    int total = 0;
    StringBuilder report = new StringBuilder();
    for (EncryptedColumn c : columns()) {
      int n = 0;
      while (true) {
        List<String> batch =
            jdbc.sql(
                    "SELECT "
                        + c.column()
                        + " FROM "
                        + c.table()
                        + " WHERE "
                        + c.column()
                        + " IS NOT NULL AND "
                        + c.column()
                        + " NOT LIKE ? FETCH FIRST 200 ROWS ONLY")
                .param(prefix + "%")
                .query(String.class)
                .list();
        if (batch.isEmpty()) break;
        for (String old : batch) {
          String fresh = crypto.encrypt(crypto.decrypt(old));
          n +=
              tx.execute(
                  s ->
                      jdbc.sql(
                              "UPDATE "
                                  + c.table()
                                  + " SET "
                                  + c.column()
                                  + " = ? WHERE "
                                  + c.column()
                                  + " = ?")
                          .params(fresh, old)
                          .update());
        }
      }
      if (n > 0)
        report.append(' ').append(c.table()).append('.').append(c.column()).append('=').append(n);
      total += n;
    }
    audit.record(
        AuditAction.KEY_ROTATION, "system", "key " + crypto.activeKeyId(), total + " values");
    return "rotate-keys: "
        + total
        + " values re-encrypted with key "
        + crypto.activeKeyId()
        + report;
  }
}
