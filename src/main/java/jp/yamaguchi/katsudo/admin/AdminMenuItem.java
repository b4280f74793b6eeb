package jp.yamaguchi.katsudo.admin;

/**
 * A link in the admin menu.
 *
 * @param section the menu section: {@link #CONTENT} or {@link #SETTINGS}, a message ID the layout
 *     resolves for the section heading
 * @param label Japanese link text
 * @param href the admin path
 * @param order position within the section
 */
public record AdminMenuItem(String section, String label, String href, int order) {

  /** Section of the content screens (編集者 and 管理者); listed first. */
  public static final String CONTENT = "admin.menu.section.content";

  /** Section of the settings screens, shown to 管理者 only. */
  public static final String SETTINGS = "admin.menu.section.settings";
}
