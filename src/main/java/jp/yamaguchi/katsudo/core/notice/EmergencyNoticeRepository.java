package jp.yamaguchi.katsudo.core.notice;

import java.time.Instant;
import java.util.List;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EmergencyNoticeRepository extends JpaRepository<EmergencyNotice, Long> {

  @Query(
      "select n from EmergencyNotice n where n.site = ?1 and n.startsAt <= ?2"
          + " and (n.endsAt is null or n.endsAt > ?2) order by n.startsAt desc")
  List<EmergencyNotice> findActive(Site site, Instant now);

  List<EmergencyNotice> findAllByOrderByStartsAtDesc();
}
