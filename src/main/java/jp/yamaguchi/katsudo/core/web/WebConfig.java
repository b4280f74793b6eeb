package jp.yamaguchi.katsudo.core.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Web MVC settings shared by every module: Japanese messages, the form-error and shell
 * interceptors.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

  private final ObjectProvider<ShellModelAdvice> shells;

  public WebConfig(ObjectProvider<ShellModelAdvice> shells) {
    this.shells = shells;
  }

  /**
   * Every module keeps its messages in {@code i18n/<module>_ja.properties}; all of them form one
   * message source, so a new module needs no registration here.
   */
  @Bean
  public MessageSource messageSource() throws IOException {
    return japaneseMessages();
  }

  /** The one message source of the application, also for tests that need no context. */
  public static MessageSource japaneseMessages() throws IOException {
    Resource[] files =
        new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_ja.properties");
    String[] basenames =
        Arrays.stream(files)
            .map(Resource::getFilename)
            .filter(n -> n != null)
            .map(n -> "classpath:i18n/" + n.substring(0, n.length() - "_ja.properties".length()))
            .distinct()
            .sorted()
            .toArray(String[]::new);
    var source = new ReloadableResourceBundleMessageSource();
    source.setBasenames(basenames);
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setDefaultLocale(Locale.JAPANESE);
    source.setUseCodeAsDefaultMessage(false);
    return source;
  }

  @Bean
  public LocaleResolver localeResolver() {
    return new FixedLocaleResolver(Locale.JAPANESE);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new FormErrorInterceptor());
    registry.addInterceptor(new ShellInterceptor(shells));
  }
}
