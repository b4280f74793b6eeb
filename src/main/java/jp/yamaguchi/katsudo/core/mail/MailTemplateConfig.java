package jp.yamaguchi.katsudo.core.mail;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Resolves the plain-text mail templates {@code templates/mail/<module>/<name>.txt} in Thymeleaf's
 * TEXT mode ({@code [(${value})]} inserts a value), ahead of the HTML page templates.
 */
@Configuration(proxyBeanMethods = false)
public class MailTemplateConfig {

  @Bean
  SpringResourceTemplateResolver mailTemplateResolver() {
    var resolver = new SpringResourceTemplateResolver();
    resolver.setPrefix("classpath:/templates/");
    resolver.setSuffix("");
    resolver.setResolvablePatterns(java.util.Set.of("mail/*"));
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return resolver;
  }
}
