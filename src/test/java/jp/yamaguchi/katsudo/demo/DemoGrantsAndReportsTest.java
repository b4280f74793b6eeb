package jp.yamaguchi.katsudo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Random;
import jp.yamaguchi.katsudo.grant.GrantImport;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.report.ReportImport;
import jp.yamaguchi.katsudo.support.DateSensitive;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The grant and report demo data: spec §0 volumes at FULL, quickly, with photos described. */
@IntegrationTest
@DateSensitive
class DemoGrantsAndReportsTest {

  @Autowired GrantImport grants;
  @Autowired ReportImport reports;
  @Autowired MediaLibrary media;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void fullScaleGrantsReachTheSpecVolumeQuicklyWithPastAndFutureDeadlines() {
    long before = count("select count(*) from grant_item");
    long start = System.nanoTime();
    new DemoGrants(grants, clock).load(DemoScale.FULL, new Random(DemoLoader.SEED + 60));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("FULL scale grant load time").isLessThan(60_000);
    assertThat(count("select count(*) from grant_item") - before).isEqualTo(DemoGrants.FULL);
    assertThat(count("select count(*) from grant_item where period_to < current_date"))
        .isPositive();
    assertThat(count("select count(*) from grant_item where period_to > current_date"))
        .isPositive();
    assertThat(count("select count(*) from grant_item where review_state = 'PENDING'"))
        .isPositive();
  }

  @Test
  void reportsComeWithPhotosThatCarryTheirAlternativeText() {
    long before = count("select count(*) from activity_report");
    new DemoReports(reports, media, clock)
        .load(DemoScale.STANDARD, new Random(DemoLoader.SEED + 70));
    assertThat(count("select count(*) from activity_report") - before)
        .isEqualTo(DemoReports.STANDARD);
    var photoIds =
        jdbc.sql("select photo_ids from activity_report order by id desc")
            .query(String.class)
            .list()
            .subList(0, DemoReports.STANDARD);
    assertThat(photoIds).allMatch(s -> !s.isBlank());
    long first = Long.parseLong(photoIds.getFirst().split(",")[0]);
    var photo = media.find(first).orElseThrow();
    assertThat(photo.image()).isTrue();
    assertThat(photo.alt()).isNotBlank();
  }
}
