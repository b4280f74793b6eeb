package jp.yamaguchi.katsudo.core.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Development only: an SMTP server inside the application that keeps every mail it receives, so
 * that {@code make run} needs no mail server and staff can read the mails in the admin. Enabled by
 * {@code katsudo.dev-mail.enabled} (set by the dev profile when no SMTP host is given).
 */
@Component
@ConditionalOnProperty(name = "katsudo.dev-mail.enabled", havingValue = "true")
public class DevMailServer implements InitializingBean, DisposableBean {

  private final GreenMail greenMail;

  public DevMailServer(@Value("${spring.mail.port:2525}") int port) {
    var setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(15_000); // a busy machine may need more than the default 2 s
    this.greenMail = new GreenMail(setup);
  }

  @Override
  public void afterPropertiesSet() {
    greenMail.start();
  }

  @Override
  public void destroy() {
    greenMail.stop();
  }

  /** Received mails, newest first. */
  public List<MimeMessage> received() {
    List<MimeMessage> list = Arrays.asList(greenMail.getReceivedMessages());
    java.util.Collections.reverse(list);
    return list;
  }
}
