package jp.yamaguchi.katsudo.core.lists;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the staff-editable lists (cached) for forms and pages. */
@Service
public class Lists {

  private final ListItemRepository repository;
  private final ApplicationEventPublisher events;
  private final Map<ListKey, List<Choice>> activeChoices = new ConcurrentHashMap<>();

  public Lists(ListItemRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  /** Active choices in staff order. */
  @Transactional(readOnly = true)
  public List<Choice> choices(ListKey key) {
    return activeChoices.computeIfAbsent(
        key,
        k ->
            repository.findByListKeyOrderBySortOrderAscIdAsc(k).stream()
                .filter(ListItem::isActive)
                .map(ListItem::choice)
                .toList());
  }

  /** Active choices carrying a flag, e.g. the activity fields Supernet uses. */
  public List<Choice> choices(ListKey key, String flag) {
    return choices(key).stream().filter(c -> c.has(flag)).toList();
  }

  /** The label of a code; the code itself when the choice was removed since. */
  public String label(ListKey key, String code) {
    return choices(key).stream()
        .filter(c -> c.code().equals(code))
        .map(Choice::label)
        .findFirst()
        .orElseGet(
            () -> repository.findByListKeyAndCode(key, code).map(ListItem::getLabel).orElse(code));
  }

  /** Every item of a list, the inactive ones too, for the admin. */
  @Transactional(readOnly = true)
  public List<ListItem> items(ListKey key) {
    return repository.findByListKeyOrderBySortOrderAscIdAsc(key);
  }

  @Transactional(readOnly = true)
  public Optional<ListItem> item(long id) {
    return repository.findById(id);
  }

  @Transactional
  public ListItem save(ListItem item) {
    ListItem saved = repository.save(item);
    changed(item.getListKey());
    return saved;
  }

  @Transactional
  public void delete(ListItem item) {
    repository.delete(item);
    changed(item.getListKey());
  }

  private void changed(ListKey key) {
    activeChoices.remove(key);
    events.publishEvent(new ContentChanged("list_item", null));
  }
}
