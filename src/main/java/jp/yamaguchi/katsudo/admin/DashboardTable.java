package jp.yamaguchi.katsudo.admin;

import java.util.List;

/**
 * A table of figures on the admin dashboard, e.g. directory entries by type (rows) and status
 * (columns). Rendered as a data table with a caption, column headers and row headers, each figure a
 * link when it has one.
 *
 * @param caption Japanese caption naming what is counted; also the section heading
 * @param columns Japanese column headers (the first, empty header cell above the row headers is
 *     added by the dashboard)
 * @param rows the rows, each with one cell per column
 * @param order position among the dashboard's tables
 */
public record DashboardTable(String caption, List<String> columns, List<Row> rows, int order) {

  public DashboardTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * One row.
   *
   * @param header Japanese row header
   * @param cells the figures, one per column
   */
  public record Row(String header, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One figure.
   *
   * @param value the count
   * @param href where staff see the counted items, or null
   */
  public record Cell(long value, String href) {}
}
