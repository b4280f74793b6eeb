package jp.yamaguchi.katsudo.event.domain;

import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventItemRepository
    extends JpaRepository<EventItem, Long>, JpaSpecificationExecutor<EventItem> {

  /** Published events that take place (at least partly) between from and to, by start. */
  @Query(
      """
      select e from EventItem e
      where e.review.state = :state and e.startDate <= :to and e.endDate >= :from
      order by e.startDate, e.startTime, e.id
      """)
  List<EventItem> findOverlapping(
      @Param("state") ReviewState state, @Param("from") LocalDate from, @Param("to") LocalDate to);

  @Query(
      """
      select e from EventItem e where e.review.state = :state
      order by e.review.firstPublishedAt desc, e.id desc
      """)
  List<EventItem> findNewest(@Param("state") ReviewState state, Pageable pageable);

  @Query(
      """
      select new jp.yamaguchi.katsudo.event.domain.EventSitemapRow(e.id, e.title, e.updatedAt)
      from EventItem e where e.review.state = :state and e.endDate >= :today
      order by e.id
      """)
  List<EventSitemapRow> findSitemapRows(
      @Param("state") ReviewState state, @Param("today") LocalDate today);

  long countByReviewState(ReviewState state);
}
