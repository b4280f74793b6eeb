package jp.yamaguchi.katsudo.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@DateSensitive
class TermsTest {

  @Autowired Terms terms;

  @Test
  void theShippedTermsApplyToday() {
    TermsText supernet = terms.current(TermsKind.SUPERNET_REGISTRATION).orElseThrow();
    assertThat(supernet.version()).isGreaterThanOrEqualTo(1);
    assertThat(supernet.body()).contains("第1条");
    assertThat(terms.current(TermsKind.AIKASANET_USE)).isPresent();
  }

  @Test
  void aFutureVersionWaitsAndTheBodyIsSanitized() {
    TermsKind kind = TermsKind.AIKASANET_USE;
    TermsText before = terms.current(kind).orElseThrow();
    String marker = UUID.randomUUID().toString();
    TermsText future =
        terms.create(
            kind,
            before.title(),
            "<h2>第1条</h2><p onclick=\"x()\">" + marker + "</p><script>alert(1)</script>",
            terms.today().plusYears(50),
            "tester");
    assertThat(future.version()).isEqualTo(terms.latest(kind).orElseThrow().version());
    assertThat(future.version()).isGreaterThan(before.version());
    assertThat(future.body()).contains(marker).doesNotContain("script", "onclick");
    assertThat(future.createdBy()).isEqualTo("tester");
    assertThat(terms.current(kind).orElseThrow().version()).isEqualTo(before.version());
    assertThat(terms.versions(kind).getFirst().version()).isEqualTo(future.version());
    assertThat(terms.version(kind, future.version()).map(TermsText::body)).contains(future.body());
  }

  @Test
  void titleBodyAndDateAreRequired() {
    TermsKind kind = TermsKind.SUPERNET_REGISTRATION;
    assertThatThrownBy(() -> terms.create(kind, "", "<p>本文</p>", terms.today(), "t"))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageId())
        .isEqualTo("e.terms.title.required");
    assertThatThrownBy(
            () -> terms.create(kind, "規約", "<script>alert(1)</script>", terms.today(), "t"))
        .extracting(e -> ((BusinessException) e).messageId())
        .isEqualTo("e.terms.body.required");
    assertThatThrownBy(() -> terms.create(kind, "規約", "<p>本文</p>", null, "t"))
        .extracting(e -> ((BusinessException) e).messageId())
        .isEqualTo("e.terms.effectiveOn.required");
  }
}
