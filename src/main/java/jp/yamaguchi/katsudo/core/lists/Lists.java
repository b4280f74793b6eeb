package jp.yamaguchi.katsudo.core.lists;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.tx.AfterCommit;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the staff-editable lists (cached) for forms and pages, and changes them for the admin. */
@Service
public class Lists {

  /**
   * The flags a choice may carry: which site uses it ({@code SUPERNET}, {@code AIKASANET}), the
   * choice preset on the NPO form ({@code NPO}), the area that asks for municipalities ({@code
   * MUNICIPALITIES}) and the 「―」 choice meaning "none" ({@code NONE}).
   */
  public static final List<String> FLAGS =
      List.of("SUPERNET", "AIKASANET", "NPO", "MUNICIPALITIES", "NONE");

  /** A choice code: what records store, so it never changes once added. */
  public static final String CODE = "[a-z0-9_-]{1,40}";

  public static final int LABEL_MAX = 200;

  private static final Pattern CODE_PATTERN = Pattern.compile(CODE);

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

  /** How many items (active or not) each list has; every key is present. */
  @Transactional(readOnly = true)
  public Map<ListKey, Long> counts() {
    Map<ListKey, Long> counts = new EnumMap<>(ListKey.class);
    for (ListKey key : ListKey.values()) counts.put(key, 0L);
    for (Object[] row : repository.countByListKey()) {
      counts.put((ListKey) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** An item of the given list, or a 404 when it does not exist or belongs to another list. */
  @Transactional(readOnly = true)
  public ListItem item(ListKey key, long id) {
    return repository
        .findById(id)
        .filter(i -> i.getListKey() == key)
        .orElseThrow(() -> new NotFoundException("list item " + key + "/" + id));
  }

  /**
   * Adds a choice at the end of a list (or at {@code sortOrder} when given). The code must be
   * lowercase ASCII and unique within the list; the label is required.
   */
  @Transactional
  public ListItem add(
      ListKey key, String code, String label, Integer sortOrder, Collection<String> flags) {
    String c = code == null ? "" : code.strip();
    if (!CODE_PATTERN.matcher(c).matches()) throw new BusinessException("e.lists.code.format");
    if (repository.findByListKeyAndCode(key, c).isPresent()) {
      throw new BusinessException("e.lists.code.taken", c);
    }
    int order =
        sortOrder != null
            ? sortOrder
            : repository.findByListKeyOrderBySortOrderAscIdAsc(key).stream()
                    .mapToInt(ListItem::getSortOrder)
                    .max()
                    .orElse(0)
                + 10;
    ListItem saved = repository.save(new ListItem(key, c, checkLabel(label), order, flags(flags)));
    changed(key);
    return saved;
  }

  /** Changes what staff may change of a choice: everything but its code. */
  @Transactional
  public ListItem update(
      ListKey key, long id, String label, int sortOrder, Collection<String> flags, boolean active) {
    ListItem item = item(key, id);
    item.change(checkLabel(label), sortOrder, flags(flags), active);
    ListItem saved = repository.save(item);
    changed(key);
    return saved;
  }

  /** Moves a choice one place up (towards the top) or down, renumbering the list by tens. */
  @Transactional
  public void move(ListKey key, long id, boolean up) {
    List<ListItem> ordered = new ArrayList<>(repository.findByListKeyOrderBySortOrderAscIdAsc(key));
    int index = -1;
    for (int i = 0; i < ordered.size(); i++) {
      if (ordered.get(i).getId() == id) index = i;
    }
    if (index < 0) throw new NotFoundException("list item " + key + "/" + id);
    int target = up ? index - 1 : index + 1;
    if (target < 0 || target >= ordered.size()) return;
    ordered.add(target, ordered.remove(index));
    for (int i = 0; i < ordered.size(); i++) ordered.get(i).reorder((i + 1) * 10);
    repository.saveAll(ordered);
    changed(key);
  }

  /**
   * Deletes a choice. Records that stored its code keep it, and {@link #label} then shows the code.
   */
  @Transactional
  public void delete(ListKey key, long id) {
    repository.delete(item(key, id));
    changed(key);
  }

  private static String checkLabel(String label) {
    String l = label == null ? "" : label.strip();
    if (l.isEmpty()) throw new BusinessException("e.lists.label.required");
    if (l.length() > LABEL_MAX) throw new BusinessException("e.lists.label.length", LABEL_MAX);
    return l;
  }

  private static String flags(Collection<String> flags) {
    if (flags == null) return "";
    var known = new LinkedHashSet<String>();
    for (String f : FLAGS) {
      if (flags.contains(f)) known.add(f);
    }
    for (String f : flags) {
      if (!FLAGS.contains(f)) throw new BusinessException("e.lists.flag.unknown", f);
    }
    return String.join(",", known);
  }

  private void changed(ListKey key) {
    AfterCommit.evict(() -> activeChoices.remove(key));
    events.publishEvent(new ContentChanged("list_item", null));
  }
}
