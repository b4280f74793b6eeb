package jp.yamaguchi.katsudo.core.notice;

import java.time.Instant;
import java.util.List;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface EmergencyNoticeRepository
    extends JpaRepository<EmergencyNotice, Long>, JpaSpecificationExecutor<EmergencyNotice> {

  @Query(
      "select n from EmergencyNotice n where n.site = ?1 and n.startsAt <= ?2"
          + " and (n.endsAt is null or n.endsAt > ?2) order by n.startsAt desc")
  List<EmergencyNotice> findActive(Site site, Instant now);

  @Query(
      "select count(n) from EmergencyNotice n where n.startsAt <= ?1"
          + " and (n.endsAt is null or n.endsAt > ?1)")
  long countActive(Instant now);
}
