package jp.yamaguchi.katsudo.page.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.page.PageState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PageRepository extends JpaRepository<Page, Long>, JpaSpecificationExecutor<Page> {

  Optional<Page> findBySiteAndPath(Site site, String path);

  boolean existsBySiteAndPath(Site site, String path);

  boolean existsByParentId(Long parentId);

  List<Page> findByParentIdOrderByNavOrderAscTitleAsc(Long parentId);

  List<Page> findBySiteOrderByPathAsc(Site site);

  /** Pages in these states, without their bodies, in tree order (navigation, sitemap). */
  @Query(PageHead.SELECT + "where p.state in ?1 order by p.site, p.path")
  List<PageHead> findHeadsByStateIn(Collection<PageState> states);

  /** Pages of a site at these paths, without their bodies (the ancestors of a page). */
  @Query(PageHead.SELECT + "where p.site = ?1 and p.path in ?2")
  List<PageHead> findHeadsBySiteAndPathIn(Site site, Collection<String> paths);

  /** The children of a page in these states, without their bodies. */
  @Query(PageHead.SELECT + "where p.parentId = ?1 and p.state in ?2")
  List<PageHead> findHeadsByParentIdAndStateIn(Long parentId, Collection<PageState> states);

  long countByState(PageState state);

  List<Page> findBySiteAndPathStartingWithOrderByPathAsc(Site site, String prefix);

  @Query(
      "select p from Page p where p.body like ?1 or p.body like ?2"
          + " or p.publishedBody like ?1 or p.publishedBody like ?2 order by p.site, p.path")
  List<Page> findUsing(String idThenComma, String idThenBrace);
}
