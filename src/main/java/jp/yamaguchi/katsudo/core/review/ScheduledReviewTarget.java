package jp.yamaguchi.katsudo.core.review;

/**
 * Implemented by each module whose items staff may publish or unpublish at a set time. The
 * scheduled-publishing job finds the due schedule entries and hands each to the target of its
 * content type, which loads the item and performs the action through the module's own transactional
 * service, exactly as if the staff member had pressed the button then.
 */
public interface ScheduledReviewTarget {

  /** The content type key the module's {@link Reviewable} items report, e.g. {@code "event"}. */
  String contentType();

  /**
   * Performs a scheduled action.
   *
   * @param id the item's id
   * @param action {@link ReviewAction#PUBLISH} or {@link ReviewAction#UNPUBLISH}
   * @param actor who scheduled it (a staff username), recorded in the review history
   * @return false when the item no longer exists (the schedule entry is then dropped)
   * @throws jp.yamaguchi.katsudo.core.web.BusinessException when the item is not in a state that
   *     allows the action (the job records the refusal and does not retry)
   */
  boolean perform(long id, ReviewAction action, String actor);

  /**
   * The admin path of the item's edit screen, linked from the list of planned and failed actions
   * ({@code /admin/schedules}); null when there is none.
   */
  default String adminPath(long id) {
    return null;
  }
}
