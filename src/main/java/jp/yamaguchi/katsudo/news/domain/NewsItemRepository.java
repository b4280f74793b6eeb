package jp.yamaguchi.katsudo.news.domain;

import java.time.LocalDate;
import java.util.List;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.NewsHeadline;
import jp.yamaguchi.katsudo.news.NewsKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NewsItemRepository
    extends JpaRepository<NewsItem, Long>, JpaSpecificationExecutor<NewsItem> {

  @Query(
      value =
          """
          select new jp.yamaguchi.katsudo.news.NewsHeadline(n.id, n.site, n.kind, n.title, n.publishedOn)
          from NewsItem n
          where n.site = :site and n.kind = :kind and n.review.state = :state
            and n.publishedOn between :from and :to
          order by n.publishedOn desc, n.id desc
          """,
      countQuery =
          """
          select count(n) from NewsItem n
          where n.site = :site and n.kind = :kind and n.review.state = :state
            and n.publishedOn between :from and :to
          """)
  Page<NewsHeadline> findHeadlines(
      @Param("site") Site site,
      @Param("kind") NewsKind kind,
      @Param("state") ReviewState state,
      @Param("from") LocalDate from,
      @Param("to") LocalDate to,
      Pageable pageable);

  @Query(
      """
      select year(n.publishedOn), count(n) from NewsItem n
      where n.site = :site and n.kind = :kind and n.review.state = :state
      group by year(n.publishedOn)
      order by year(n.publishedOn) desc
      """)
  List<Object[]> countByYear(
      @Param("site") Site site, @Param("kind") NewsKind kind, @Param("state") ReviewState state);

  @Query(
      """
      select new jp.yamaguchi.katsudo.news.domain.NewsSitemapRow(
        n.id, n.site, n.kind, n.title, n.updatedAt)
      from NewsItem n where n.review.state = :state
      order by n.id
      """)
  List<NewsSitemapRow> findSitemapRows(@Param("state") ReviewState state);

  long countByReviewState(ReviewState state);
}
