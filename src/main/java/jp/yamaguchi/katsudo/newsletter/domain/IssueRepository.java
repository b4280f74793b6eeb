package jp.yamaguchi.katsudo.newsletter.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IssueRepository extends JpaRepository<Issue, Long>, JpaSpecificationExecutor<Issue> {

  Optional<Issue> findByIssueNumber(int issueNumber);

  Optional<Issue> findByLegacyId(long legacyId);

  @Query(
      value =
          """
          select i from Issue i
          where i.review.state = :state and i.publishedOn between :from and :to
          order by i.publishedOn desc, i.issueNumber desc
          """,
      countQuery =
          """
          select count(i) from Issue i
          where i.review.state = :state and i.publishedOn between :from and :to
          """)
  Page<Issue> findPublished(
      @Param("state") ReviewState state,
      @Param("from") LocalDate from,
      @Param("to") LocalDate to,
      Pageable pageable);

  @Query(
      """
      select year(i.publishedOn), count(i) from Issue i where i.review.state = :state
      group by year(i.publishedOn) order by year(i.publishedOn) desc
      """)
  List<Object[]> countByYear(@Param("state") ReviewState state);

  @Query(
      "select i.id, i.title, i.updatedAt from Issue i where i.review.state = :state order by i.id")
  List<Object[]> findSitemapRows(@Param("state") ReviewState state);

  long countByReviewState(ReviewState state);

  @Query("select max(i.issueNumber) from Issue i")
  Integer maxIssueNumber();
}
