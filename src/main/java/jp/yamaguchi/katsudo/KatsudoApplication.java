package jp.yamaguchi.katsudo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** One application serving 県民活動スーパーネット, あいかさねっと and the staff admin. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class KatsudoApplication {

  public static void main(String[] args) {
    SpringApplication.run(KatsudoApplication.class, args);
  }
}
