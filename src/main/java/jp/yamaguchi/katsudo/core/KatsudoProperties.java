package jp.yamaguchi.katsudo.core;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Application settings, bound from {@code katsudo.*} (environment variables {@code KATSUDO_*}).
 *
 * @param dataDir where uploaded files and other runtime data live (outside the web root)
 * @param baseUrl the public base URL, used in mails and the sitemap
 * @param cookieSecure whether cookies carry the Secure attribute (true in production)
 * @param pageCacheTtl how long an anonymous public page may be served from the page cache
 * @param centerMail the center's address that receives notifications
 * @param mailFrom the sender address of every mail
 */
@ConfigurationProperties("katsudo")
public record KatsudoProperties(
    Path dataDir,
    String baseUrl,
    boolean cookieSecure,
    Duration pageCacheTtl,
    String centerMail,
    String mailFrom) {

  public KatsudoProperties {
    if (dataDir == null) dataDir = Path.of("var");
    if (baseUrl == null || baseUrl.isBlank()) baseUrl = "http://localhost:8080";
    if (baseUrl.endsWith("/")) baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    if (pageCacheTtl == null) pageCacheTtl = Duration.ofSeconds(60);
    if (centerMail == null || centerMail.isBlank()) centerMail = "center@example.jp";
    if (mailFrom == null || mailFrom.isBlank()) mailFrom = "noreply@example.jp";
  }
}
