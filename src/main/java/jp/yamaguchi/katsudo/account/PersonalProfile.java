package jp.yamaguchi.katsudo.account;

import java.time.LocalDate;

/**
 * The private profile of an individual member (氏名, ふりがな, 生年月日, 電話, 郵便番号, 住所), stored encrypted.
 * Every part may be null (legacy records and later sign-up steps fill it in).
 */
public record PersonalProfile(
    String fullName,
    String fullNameKana,
    LocalDate birthDate,
    String phone,
    String postalCode,
    String address) {

  public static final PersonalProfile EMPTY =
      new PersonalProfile(null, null, null, null, null, null);
}
