package jp.yamaguchi.katsudo.report.domain;

import java.time.Instant;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportRepository
    extends JpaRepository<ActivityReport, Long>, JpaSpecificationExecutor<ActivityReport> {

  @Query(
      """
      select new jp.yamaguchi.katsudo.report.domain.ReportSitemapRow(r.id, r.title, r.updatedAt)
      from ActivityReport r where r.review.state = :state order by r.id
      """)
  List<ReportSitemapRow> findSitemapRows(@Param("state") ReviewState state);

  @Query(
      """
      select count(r) from ActivityReport r
      where r.review.state = :state and (r.origin <> :pub or r.confirmedAt is not null)
      """)
  long countVisibleToStaff(@Param("state") ReviewState state, @Param("pub") Origin pub);

  @Query(
      """
      select r.id from ActivityReport r
      where r.origin = :pub and r.confirmedAt is null and r.createdAt < :before
      """)
  List<Long> findStaleUnconfirmed(@Param("pub") Origin pub, @Param("before") Instant before);

  @Query("select r from ActivityReport r where concat(',', r.photoIds, ',') like :like")
  List<ActivityReport> findUsingMedia(@Param("like") String like);
}
