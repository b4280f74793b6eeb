package jp.yamaguchi.katsudo.support;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * What every Spring test context gets, whatever annotation started it (registered in {@code
 * META-INF/spring.factories}): the {@link TestClock} in front of the application's clock, and the
 * free ports of {@link TestSmtp}.
 */
public class TestContextSetup implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    return new Setup();
  }

  /** Equal for every test, so the contexts stay cached as before. */
  record Setup() implements ContextCustomizer {
    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration merged) {
      context
          .getEnvironment()
          .getPropertySources()
          .addLast(
              new MapPropertySource(
                  "testContextSetup", Map.of("katsudo.test.smtp-port", TestSmtp.PORT)));
      RootBeanDefinition clock = new RootBeanDefinition(TestClock.class, TestClock::configured);
      clock.setPrimary(true);
      ((BeanDefinitionRegistry) context).registerBeanDefinition("testClock", clock);
    }
  }
}
