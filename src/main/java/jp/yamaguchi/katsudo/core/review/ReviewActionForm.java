package jp.yamaguchi.katsudo.core.review;

/**
 * What a button of {@code fragments/review :: actions} posts: the action and, for a send-back, the
 * reason. Bind it as {@code @ModelAttribute("reviewForm")} so a refused send-back re-renders the
 * page with the reason kept and the error next to it.
 */
public class ReviewActionForm {

  private ReviewAction action;
  private String reason;

  public ReviewAction getAction() {
    return action;
  }

  public void setAction(ReviewAction action) {
    this.action = action;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
