package jp.yamaguchi.katsudo.media;

import java.util.List;

/**
 * Implemented by modules whose content refers to media files (e.g. page blocks), so the library can
 * show where a file is used and refuse to delete a file still in use. Keeps the dependency pointing
 * from those modules to this one.
 */
public interface MediaUsage {

  /** Where the file is used, for the staff (empty when it is not used). */
  List<Use> usesOf(long mediaId);

  /**
   * One place that uses a media file.
   *
   * @param label what uses it, e.g. the page title
   * @param href the admin screen of that item
   * @param published whether visitors see this use (the published copy shows the file), so a change
   *     to the file changes a public page
   */
  record Use(String label, String href, boolean published) {}
}
