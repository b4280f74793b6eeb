package jp.yamaguchi.katsudo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Every test context runs on the test clock and sends mail to this JVM's test SMTP port. */
@IntegrationTest
class TestContextSetupTest {

  @Autowired Clock clock;

  @Value("${spring.mail.port}")
  int mailPort;

  @Test
  void theApplicationReadsTheTestClockAndMailsTheTestServer() {
    assertThat(clock).isInstanceOf(TestClock.class);
    assertThat(((TestClock) clock).start()).isEqualTo(TestClock.START);
    assertThat(mailPort).isEqualTo(TestSmtp.PORT);
  }
}
