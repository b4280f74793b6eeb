package jp.yamaguchi.katsudo.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditMaskingTest {

  @Test
  void addressesKeepTheirFirstCharacterAndDomain() {
    assertThat(AuditMasking.email("taro@example.jp")).isEqualTo("t***@example.jp");
    assertThat(AuditMasking.email(" hanako.yamaguchi+npo@mail.example.jp "))
        .isEqualTo("h***@mail.example.jp");
    assertThat(AuditMasking.email("not an address")).isEqualTo("***");
    assertThat(AuditMasking.email(null)).isNull();
  }

  @Test
  void phoneNumbersKeepTheirLastTwoDigits() {
    assertThat(AuditMasking.text("tel 083-922-0000")).isEqualTo("tel ***00");
    assertThat(AuditMasking.text("携帯09012345678です")).isEqualTo("携帯***78です");
    assertThat(AuditMasking.text("0835-22-1234 / 0120-123-456")).isEqualTo("***34 / ***56");
  }

  @Test
  void otherNumbersAndTextStayReadable() {
    assertThat(AuditMasking.text("news#1234567 rows=250 key 2026a"))
        .isEqualTo("news#1234567 rows=250 key 2026a");
    assertThat(AuditMasking.text("t85326551 member:12")).isEqualTo("t85326551 member:12");
    assertThat(AuditMasking.text("from taro@example.jp to 090-1111-2222"))
        .isEqualTo("from t***@example.jp to ***22");
    assertThat(AuditMasking.text(null)).isNull();
  }
}
