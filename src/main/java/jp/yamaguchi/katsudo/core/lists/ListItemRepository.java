package jp.yamaguchi.katsudo.core.lists;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ListItemRepository extends JpaRepository<ListItem, Long> {

  List<ListItem> findByListKeyOrderBySortOrderAscIdAsc(ListKey key);

  Optional<ListItem> findByListKeyAndCode(ListKey key, String code);

  @Query("select i.listKey, count(i) from ListItem i group by i.listKey")
  List<Object[]> countByListKey();
}
