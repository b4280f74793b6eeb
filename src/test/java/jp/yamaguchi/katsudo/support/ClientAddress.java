package jp.yamaguchi.katsudo.support;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A request from a client address of its own. The login forms limit failed logins per client
 * address (katsudo.security.client-limit: 10 per 15 minutes), the test clock stands still and
 * MockMvc sends everything from 127.0.0.1 in one shared context: a test that fails logins on
 * purpose sends each of those from an address of its own, so the failures of the whole suite never
 * add up at 127.0.0.1 and no test depends on the order the others ran in.
 */
public final class ClientAddress {

  private ClientAddress() {}

  /** A new random address in 10.0.0.0/8. */
  public static String random() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }

  /** The request comes from a new random address. */
  public static RequestPostProcessor fresh() {
    return from(random());
  }

  /** The request comes from {@code address}. */
  public static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
