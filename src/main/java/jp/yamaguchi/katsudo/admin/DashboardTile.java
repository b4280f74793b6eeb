package jp.yamaguchi.katsudo.admin;

/**
 * A figure on the admin dashboard, e.g. news items waiting for review.
 *
 * @param group the heading the tile is shown under: {@link #WAITING} or {@link #CONTENT}, a message
 *     ID the dashboard resolves
 * @param label what is counted
 * @param value the count
 * @param href where staff go to act on it, or null
 * @param order position within its group
 */
public record DashboardTile(String group, String label, long value, String href, int order) {

  /** Items waiting for review (審査待ち). */
  public static final String WAITING = "admin.dashboard.group.waiting";

  /** Content shown on the sites now. */
  public static final String CONTENT = "admin.dashboard.group.content";
}
