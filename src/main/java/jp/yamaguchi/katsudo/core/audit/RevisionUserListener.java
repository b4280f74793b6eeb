package jp.yamaguchi.katsudo.core.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records the signed-in user (or "system" for jobs and start-up) on every revision. */
public class RevisionUserListener implements RevisionListener {

  @Override
  public void newRevision(Object revisionEntity) {
    ((RevisionInfo) revisionEntity).setUsername(currentUser());
  }

  public static String currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
      return "system";
    }
    return auth.getName();
  }
}
