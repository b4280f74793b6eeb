package jp.yamaguchi.katsudo.grant.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GrantRepository extends JpaRepository<Grant, Long>, JpaSpecificationExecutor<Grant> {

  @Query(
      """
      select g from Grant g
      where g.review.state = :state and g.periodTo between :from and :to
      order by g.periodTo, g.id
      """)
  List<Grant> findDeadlines(
      @Param("state") ReviewState state, @Param("from") LocalDate from, @Param("to") LocalDate to);

  @Query(
      """
      select g from Grant g where g.review.state = :state
      order by g.review.firstPublishedAt desc, g.id desc
      """)
  List<Grant> findNewest(@Param("state") ReviewState state, Pageable pageable);

  @Query(
      """
      select new jp.yamaguchi.katsudo.grant.domain.GrantSitemapRow(g.id, g.title, g.updatedAt)
      from Grant g where g.review.state = :state order by g.id
      """)
  List<GrantSitemapRow> findSitemapRows(@Param("state") ReviewState state);

  @Query(
      """
      select count(g) from Grant g
      where g.review.state = :state and (g.origin <> :pub or g.confirmedAt is not null)
      """)
  long countVisibleToStaff(@Param("state") ReviewState state, @Param("pub") Origin pub);

  @Query(
      """
      select g.id from Grant g
      where g.origin = :pub and g.confirmedAt is null and g.createdAt < :before
      """)
  List<Long> findStaleUnconfirmed(@Param("pub") Origin pub, @Param("before") Instant before);

  @Query("select g from Grant g where concat(',', g.attachmentIds, ',') like :like")
  List<Grant> findUsingMedia(@Param("like") String like);
}
