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

  List<Page> findByStateInOrderBySiteAscPathAsc(Collection<PageState> states);

  long countByState(PageState state);

  List<Page> findBySiteAndPathStartingWithOrderByPathAsc(Site site, String prefix);

  @Query(
      "select p from Page p where p.body like ?1 or p.body like ?2"
          + " or p.publishedBody like ?1 or p.publishedBody like ?2 order by p.site, p.path")
  List<Page> findUsing(String idThenComma, String idThenBrace);
}
