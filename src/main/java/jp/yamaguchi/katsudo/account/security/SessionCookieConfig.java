package jp.yamaguchi.katsudo.account.security;

import jp.yamaguchi.katsudo.core.KatsudoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie (別記2 3.1.7, IPA 「セッション管理の不備」): Spring Session JDBC keeps the session in the
 * database and its ID only in this cookie — never in a URL — {@code HttpOnly}, {@code
 * SameSite=Lax}, and {@code Secure} when {@code katsudo.cookie-secure} (production). Declared here
 * rather than left to Spring Boot, whose {@code server.servlet.session.cookie.*} reaches Spring
 * Session only inside the embedded server, so the tests check the cookie production sends.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfig {

  static final String NAME = "SESSION";

  @Bean
  CookieSerializer cookieSerializer(KatsudoProperties properties) {
    DefaultCookieSerializer cookie = new DefaultCookieSerializer();
    cookie.setCookieName(NAME);
    cookie.setCookiePath("/");
    cookie.setUseHttpOnlyCookie(true);
    cookie.setSameSite("Lax");
    cookie.setUseSecureCookie(properties.cookieSecure());
    return cookie;
  }
}
