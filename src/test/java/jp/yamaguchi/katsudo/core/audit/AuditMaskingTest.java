package jp.yamaguchi.katsudo.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.support.CpuTime;
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
    assertThat(AuditMasking.text("taro@example.jp+hanako@example.jp"))
        .isEqualTo("t***@example.jp+***@example.jp");
    assertThat(AuditMasking.text(null)).isNull();
  }

  /**
   * The reported attack: a failed login passes the typed ID through the masking, and the former
   * address pattern needed quadratic time on a long run without {@code @} (20,000 characters took
   * 18 s of a core, a megabyte never finished). Now a megabyte of the worst inputs takes a few
   * milliseconds of processor time; the limit of a second is generous, the former pattern missed it
   * by hours (the test gives up after 30 s of wall-clock time).
   */
  @Test
  void aMegabyteOfAnyTextIsMaskedInWellUnderASecond() {
    int mib = 1 << 20;
    String[] inputs = {
      "A".repeat(mib),
      "a.".repeat(mib / 2),
      "+_%".repeat(mib / 3),
      "あ".repeat(mib),
      "0".repeat(mib),
      "0-".repeat(mib / 2),
      "a@".repeat(mib / 2),
      "a@b.".repeat(mib / 4),
      "@".repeat(mib),
      "A".repeat(mib - 1) + "@",
      "taro@example.jp 090-1111-2222 ".repeat(mib / 30)
    };
    // the JIT's first compilation of the scan is not what is measured
    for (String input : inputs) AuditMasking.text(input.substring(0, 1 << 12));
    for (String input : inputs) {
      String masked =
          CpuTime.atMost(
              Duration.ofSeconds(1),
              () -> AuditMasking.text(input),
              () -> "masking " + input.substring(0, 8) + "… (" + input.length() + " chars)");
      assertThat(masked).isNotNull();
    }
    assertThat(AuditMasking.text("A".repeat(mib - 1) + "@example.jp")).startsWith("A***@");
  }

  /**
   * The pattern the masking replaced: the reference for what is found (quadratic, short texts
   * only).
   */
  private static final Pattern FORMER_EMAIL =
      Pattern.compile("([\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]*@([\\p{L}\\p{N}.\\-]+)");

  private static final Pattern FORMER_PHONE =
      Pattern.compile("(?<![\\d-])0\\d{1,4}-?\\d{1,4}-?\\d{3,4}(?![\\d-])");

  private static String formerText(String text) {
    String masked = FORMER_EMAIL.matcher(text).replaceAll("$1***@$2");
    Matcher m = FORMER_PHONE.matcher(masked);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String digits = m.group().replace("-", "");
      String replacement =
          digits.length() == 10 || digits.length() == 11
              ? "***" + digits.substring(digits.length() - 2)
              : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Test
  void theLinearScanMasksExactlyWhatTheFormerPatternsMasked() {
    String alphabet = "aZ0189.-_%+@ :/あ５\uD842\uDFB7#-0";
    Random random = new Random(20261207);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(40);
      for (int j = 0; j < length; j++) {
        int k = random.nextInt(alphabet.length());
        if (Character.isHighSurrogate(alphabet.charAt(k))) {
          s.append(alphabet, k, k + 2);
        } else if (Character.isLowSurrogate(alphabet.charAt(k))) {
          s.append('0');
        } else {
          s.append(alphabet.charAt(k));
        }
      }
      String text = s.toString();
      String masked = AuditMasking.text(text);
      if (!masked.equals(formerText(text))) {
        assertThat(masked).as("masking %s", text).isEqualTo(formerText(text));
      }
    }
  }

  @Test
  void aCappedTextIsCutAfterMaskingAndNeverLeavesHalfAnAddressUnmasked() {
    assertThat(AuditMasking.text("member:" + "A".repeat(1 << 20), 200)).isEqualTo("member:…");
    assertThat(AuditMasking.text("x".repeat(300), 200)).hasSize(200);
    // masking shortens a long address, so text read before the early cut (at 2 × 30 characters)
    // can end up inside the result: an address cut in half there is dropped whole, never shown as
    // an unmasked local part
    String text = "a" + "b".repeat(40) + "@x.jp hanako.yamaguchi@example.jp";
    assertThat(AuditMasking.text(text, 30)).isEqualTo("a***@x.jp …");
    assertThat(AuditMasking.text("see taro@example.jp", 200)).isEqualTo("see t***@example.jp");
    assertThat(AuditMasking.text(null, 200)).isNull();
    // never half of a surrogate pair
    assertThat(AuditMasking.cutSafely("ab\uD842\uDFB7", 3)).isEqualTo("ab");
  }
}
