package jp.yamaguchi.katsudo.directory.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.core.lists.Choice;
import jp.yamaguchi.katsudo.core.lists.ListKey;
import jp.yamaguchi.katsudo.core.lists.Lists;
import jp.yamaguchi.katsudo.directory.DirectoryEntries;
import jp.yamaguchi.katsudo.directory.DirectoryStatus;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A field of a directory entry as text for people (staff comparison, CSV): list codes become their
 * labels in list order (joined with 「、」), enums their Japanese names, files their names.
 */
@Component
public class DirectoryFieldText {

  private final Lists lists;
  private final MessageSource messages;
  private final MediaLibrary media;

  DirectoryFieldText(Lists lists, MessageSource messages, MediaLibrary media) {
    this.lists = lists;
    this.messages = messages;
    this.media = media;
  }

  /** The field's value as text; empty when there is none. */
  public String text(DirectoryField field, DirectoryContent content) {
    Object v = field.value().apply(content);
    if (v == null) return "";
    if (v instanceof DirectoryStatus s) return msg(statusKey(s));
    if (v instanceof OrganisationKind k) return msg(kindKey(k));
    if (v instanceof Long mediaId) {
      return media.find(mediaId).map(MediaInfo::originalName).orElse("#" + mediaId);
    }
    if (DirectoryField.CLASSIFICATION.equals(field.key())) {
      ListKey list =
          content.kind() == OrganisationKind.COMPANY ? ListKey.COMPANY_CLASS : ListKey.GROUP_CLASS;
      return lists.label(list, (String) v);
    }
    if (DirectoryField.MUNICIPALITY.equals(field.key())
        && DirectoryEntries.OUTSIDE_PREFECTURE.equals(v)) {
      return msg("directory.municipality.outside");
    }
    if (v instanceof Collection<?> codes) {
      return String.join(msg("dirpages.list.separator"), labels(field.list(), codes));
    }
    if (field.list() != null) return lists.label(field.list(), (String) v);
    return v.toString();
  }

  /** The labels of codes in the list's order; unknown codes last, as they are. */
  public List<String> labels(ListKey key, Collection<?> codes) {
    if (codes.isEmpty()) return List.of();
    List<String> out = new ArrayList<>();
    List<Object> known = new ArrayList<>();
    for (Choice c : lists.choices(key)) {
      if (codes.contains(c.code())) {
        out.add(c.label());
        known.add(c.code());
      }
    }
    for (Object code : codes) {
      if (!known.contains(code)) out.add(lists.label(key, String.valueOf(code)));
    }
    return out;
  }

  /** Every field's text, by key. */
  public Map<String, String> texts(DirectoryContent content) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (DirectoryField f : DirectoryField.ALL) out.put(f.key(), text(f, content));
    return out;
  }

  public static String statusKey(DirectoryStatus s) {
    return "dirpages.status." + s.name();
  }

  public static String kindKey(OrganisationKind k) {
    return "dirpages.kind." + k.name();
  }

  private String msg(String key) {
    return messages.getMessage(key, null, key, Locale.JAPANESE);
  }
}
