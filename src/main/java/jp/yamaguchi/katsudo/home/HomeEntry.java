package jp.yamaguchi.katsudo.home;

/**
 * One line of a home page section.
 *
 * @param title what the link says, e.g. the group's name or the event's title
 * @param path the site-relative path of the item's public page
 * @param note a short Japanese line under the title (a date, a kind, an area), or null
 */
public record HomeEntry(String title, String path, String note) {}
