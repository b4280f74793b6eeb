package jp.yamaguchi.katsudo.admin;

/**
 * A figure on the admin dashboard, e.g. news items waiting for review.
 *
 * @param group heading the tile is shown under, e.g. 「審査待ち」
 * @param label what is counted
 * @param value the count
 * @param href where staff go to act on it, or null
 * @param order position within its group
 */
public record DashboardTile(String group, String label, long value, String href, int order) {

  public static final String WAITING = "審査待ち";
  public static final String CONTENT = "掲載中のコンテンツ";
}
