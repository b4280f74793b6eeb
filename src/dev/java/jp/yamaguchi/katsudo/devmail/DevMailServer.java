package jp.yamaguchi.katsudo.devmail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Development only: an SMTP server inside the application that keeps every mail it receives, so
 * that {@code make run} needs no mail server and staff can read the mails in the admin. It listens
 * on a port that is free at start (so two {@code make run} on one machine both start) and points
 * the application's mail sender at it. Enabled by {@code katsudo.dev-mail.enabled} (the dev profile
 * sets it when no SMTP host is given); built only into the development jar ({@code -Pdev}).
 */
@Component
@ConditionalOnProperty(name = "katsudo.dev-mail.enabled", havingValue = "true")
public class DevMailServer implements InitializingBean, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(DevMailServer.class);

  private final GreenMail greenMail;
  private final JavaMailSenderImpl sender;

  public DevMailServer(JavaMailSenderImpl sender) {
    var setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
    setup.setServerStartupTimeout(15_000); // a busy machine may need more than the default 2 s
    this.greenMail = new GreenMail(setup);
    this.sender = sender;
  }

  @Override
  public void afterPropertiesSet() {
    greenMail.start();
    sender.setHost("127.0.0.1");
    sender.setPort(port());
    log.info("development mail server on 127.0.0.1:{} (mails: /admin/settings/mails)", port());
  }

  @Override
  public void destroy() {
    greenMail.stop();
  }

  /** The port the server listens on. */
  public int port() {
    return greenMail.getSmtp().getPort();
  }

  /** Received mails, newest first. */
  public List<MimeMessage> received() {
    List<MimeMessage> list = new ArrayList<>(Arrays.asList(greenMail.getReceivedMessages()));
    Collections.reverse(list);
    return list;
  }
}
