package jp.yamaguchi.katsudo.account.web;

/** Lets tests in other packages address a row of the lockouts page. */
public final class LockoutsTestAccess {

  private LockoutsTestAccess() {}

  public static String ref(String lockoutKey) {
    return LockoutsController.ref(lockoutKey);
  }
}
