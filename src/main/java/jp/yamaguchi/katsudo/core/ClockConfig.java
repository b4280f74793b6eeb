package jp.yamaguchi.katsudo.core;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every service reads: Japan time, replaceable in tests. */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  @Bean
  Clock clock() {
    return Clock.system(ZONE);
  }
}
