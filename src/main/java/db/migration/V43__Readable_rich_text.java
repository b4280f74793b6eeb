package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.yamaguchi.katsudo.core.content.HtmlText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored rich text made readable (issue 10, item 5): the OWASP sanitizer wrote characters such as
 * 「（」「：」 as numeric references ({@code &#xff08;}), which then showed in the staff's edit forms. The
 * sanitizer's output is now passed through {@link HtmlText#readable}; this migration does the same
 * to what was saved before: news bodies, terms texts and the rich text of page blocks (the {@code
 * html} of text and callout blocks in the JSON body columns), including their Envers history, so
 * that comparing an old version with a new one shows no difference that is only spelling. What a
 * visitor sees does not change. Written in Java so that it is the same on H2 and PostgreSQL, which
 * have no common way to decode references in SQL.
 */
public class V43__Readable_rich_text extends BaseJavaMigration {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public void migrate(Context context) throws Exception {
    normalise(context.getConnection());
  }

  /** Rewrites every affected value on {@code connection}; returns how many values changed. */
  public static int normalise(Connection connection) throws SQLException {
    int changed = 0;
    changed += rewrite(connection, "news_item", List.of("id"), "body", HtmlText::readable);
    changed +=
        rewrite(connection, "news_item_aud", List.of("id", "rev"), "body", HtmlText::readable);
    changed += rewrite(connection, "terms_version", List.of("id"), "body", HtmlText::readable);
    for (String column : List.of("body", "published_body")) {
      changed +=
          rewrite(connection, "page", List.of("id"), column, V43__Readable_rich_text::blocks);
      changed +=
          rewrite(
              connection,
              "page_aud",
              List.of("id", "rev"),
              column,
              V43__Readable_rich_text::blocks);
    }
    return changed;
  }

  /** The blocks JSON of a page with the rich text of its text and callout blocks made readable. */
  static String blocks(String json) {
    JsonNode root = JSON.readTree(json);
    if (!root.isArray()) return json;
    boolean changed = false;
    for (JsonNode block : root) {
      if (!(block instanceof ObjectNode o)) continue;
      String type = o.path("type").asString("");
      JsonNode html = o.get("html");
      if (!("text".equals(type) || "callout".equals(type)) || html == null || !html.isString()) {
        continue;
      }
      String readable = HtmlText.readable(html.asString());
      if (!readable.equals(html.asString())) {
        o.put("html", readable);
        changed = true;
      }
    }
    return changed ? JSON.writeValueAsString(root) : json;
  }

  private static int rewrite(
      Connection connection,
      String table,
      List<String> keys,
      String column,
      UnaryOperator<String> change)
      throws SQLException {
    String keyList = String.join(", ", keys);
    String where = String.join(" AND ", keys.stream().map(k -> k + " = ?").toList());
    List<Object[]> updates = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT "
                    + keyList
                    + ", "
                    + column
                    + " FROM "
                    + table
                    + " WHERE "
                    + column
                    + " LIKE '%&#%'");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String before = rows.getString(keys.size() + 1);
        String after = change.apply(before);
        if (after.equals(before)) continue;
        Object[] update = new Object[keys.size() + 1];
        update[0] = after;
        for (int k = 0; k < keys.size(); k++) update[k + 1] = rows.getObject(k + 1);
        updates.add(update);
      }
    }
    if (updates.isEmpty()) return 0;
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + where)) {
      for (Object[] values : updates) {
        for (int v = 0; v < values.length; v++) update.setObject(v + 1, values[v]);
        update.addBatch();
      }
      update.executeBatch();
    }
    return updates.size();
  }
}
