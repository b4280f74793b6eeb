package jp.yamaguchi.katsudo.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Loads every demo set whose data is not there yet, at start-up, when a scale is configured. */
@Component
@Order(10)
class DemoLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
  static final long SEED = 20260401L;

  private final List<DemoSet> sets;
  private final DemoScale scale;

  DemoLoader(List<DemoSet> sets, @Value("${katsudo.demo.scale:none}") String scale) {
    this.sets = sets;
    this.scale = DemoScale.of(scale);
  }

  @Override
  public void run(ApplicationArguments args) {
    if (scale == DemoScale.NONE) return;
    var auth =
        new UsernamePasswordAuthenticationToken(
            "demo", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
    SecurityContextHolder.getContext().setAuthentication(auth);
    try {
      for (DemoSet set : sets.stream().sorted(Comparator.comparingInt(DemoSet::order)).toList()) {
        if (set.present()) continue;
        long start = System.nanoTime();
        set.load(scale, new Random(SEED + set.order()));
        log.info(
            "demo data {} loaded ({} ms)",
            set.getClass().getSimpleName(),
            (System.nanoTime() - start) / 1_000_000);
      }
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
