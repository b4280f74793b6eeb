package jp.yamaguchi.katsudo.core.lists;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ListItemRepository extends JpaRepository<ListItem, Long> {

  List<ListItem> findByListKeyOrderBySortOrderAscIdAsc(ListKey key);

  Optional<ListItem> findByListKeyAndCode(ListKey key, String code);
}
