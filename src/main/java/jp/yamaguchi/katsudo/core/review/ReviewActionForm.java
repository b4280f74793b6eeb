package jp.yamaguchi.katsudo.core.review;

/**
 * What a button of {@code fragments/review :: actions} posts: the action, for a send-back the
 * reason, and the version of the item the page showed (so a reviewer never acts on a text they have
 * not seen; compare it with the entity's version before acting). Bind it as
 * {@code @ModelAttribute("reviewForm")} so a refused send-back re-renders the page with the reason
 * kept and the error next to it.
 */
public class ReviewActionForm {

  private ReviewAction action;
  private String reason;
  private Long version;

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

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
