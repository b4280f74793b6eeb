package jp.yamaguchi.katsudo.admin;

/**
 * A link in the admin menu.
 *
 * @param section the menu section: {@link #CONTENT} or {@link #SETTINGS}
 * @param label Japanese link text
 * @param href the admin path
 * @param order position within the section
 */
public record AdminMenuItem(String section, String label, String href, int order) {

  public static final String CONTENT = "コンテンツ";
  public static final String SETTINGS = "設定（管理者のみ）";
}
