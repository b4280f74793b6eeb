package jp.yamaguchi.katsudo.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The SMTP server the tests read mail from: GreenMail on a port that was free when this JVM chose
 * it, so test runs side by side on one machine do not collide. Every test context sends to it
 * ({@code spring.mail.port} is set from {@link #PORT} by {@link TestContextSetup}).
 */
public final class TestSmtp {

  /** The port of the test mail server. */
  public static final int PORT = freePort();

  private TestSmtp() {}

  /** A GreenMail server for one test class, started around each test. */
  public static GreenMailExtension server() {
    return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
