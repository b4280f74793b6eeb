package jp.yamaguchi.katsudo.core.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ListsTest {

  private static final ListKey KEY = ListKey.TIME_SLOT;

  @Autowired Lists lists;

  private final String prefix = "s-" + UUID.randomUUID().toString().substring(0, 6);

  @AfterEach
  void cleanUp() {
    lists.items(KEY).stream()
        .filter(i -> i.getCode().startsWith(prefix))
        .forEach(i -> lists.delete(KEY, i.getId()));
  }

  @Test
  void aDuplicateCodeInTheSameListIsRefused() {
    lists.add(KEY, prefix + "-a", "早朝", null, Set.of());
    assertThatThrownBy(() -> lists.add(KEY, prefix + "-a", "早朝（2）", null, Set.of()))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageId())
        .isEqualTo("e.lists.code.taken");
    // the same code in another list is fine
    ListItem other = lists.add(ListKey.GENDER, prefix + "-a", "その他", null, Set.of());
    lists.delete(ListKey.GENDER, other.getId());
  }

  @Test
  void codesAreLowercaseAsciiAndLabelsRequired() {
    for (String bad : List.of("", "Morning", "朝", "a b", "x".repeat(41))) {
      assertThatThrownBy(() -> lists.add(KEY, bad, "朝", null, Set.of()))
          .isInstanceOf(BusinessException.class)
          .extracting(e -> ((BusinessException) e).messageId())
          .isEqualTo("e.lists.code.format");
    }
    assertThatThrownBy(() -> lists.add(KEY, prefix + "-b", "  ", null, Set.of()))
        .extracting(e -> ((BusinessException) e).messageId())
        .isEqualTo("e.lists.label.required");
    assertThatThrownBy(() -> lists.add(KEY, prefix + "-b", "あ".repeat(201), null, Set.of()))
        .extracting(e -> ((BusinessException) e).messageId())
        .isEqualTo("e.lists.label.length");
    assertThatThrownBy(() -> lists.add(KEY, prefix + "-b", "朝", null, Set.of("EVERYWHERE")))
        .extracting(e -> ((BusinessException) e).messageId())
        .isEqualTo("e.lists.flag.unknown");
  }

  @Test
  void addedChoicesGoLastAndMoveByOnePlace() {
    ListItem a = lists.add(KEY, prefix + "-1", "第一", null, Set.of("SUPERNET"));
    ListItem b = lists.add(KEY, prefix + "-2", "第二", null, Set.of());
    List<String> codes = lists.items(KEY).stream().map(ListItem::getCode).toList();
    assertThat(codes.subList(codes.size() - 2, codes.size()))
        .containsExactly(prefix + "-1", prefix + "-2");
    assertThat(a.getFlags()).isEqualTo("SUPERNET");

    lists.move(KEY, b.getId(), true);
    codes = lists.items(KEY).stream().map(ListItem::getCode).toList();
    assertThat(codes.subList(codes.size() - 2, codes.size()))
        .containsExactly(prefix + "-2", prefix + "-1");
    // moving the last one further down changes nothing
    lists.move(KEY, a.getId(), false);
    assertThat(lists.items(KEY).getLast().getCode()).isEqualTo(prefix + "-1");
    // the cached choices follow at once
    assertThat(lists.choices(KEY).getLast().code()).isEqualTo(prefix + "-1");
  }

  @Test
  void updatingKeepsTheCodeAndAForeignIdIsNotFound() {
    ListItem a = lists.add(KEY, prefix + "-u", "夕方", null, Set.of());
    lists.update(KEY, a.getId(), "夕方（17時～）", 999, Set.of("AIKASANET"), false);
    ListItem changed = lists.item(KEY, a.getId());
    assertThat(changed.getCode()).isEqualTo(prefix + "-u");
    assertThat(changed.getLabel()).isEqualTo("夕方（17時～）");
    assertThat(changed.isActive()).isFalse();
    assertThatThrownBy(() -> lists.update(ListKey.GENDER, a.getId(), "x", 1, Set.of(), true))
        .isInstanceOf(NotFoundException.class);
  }
}
