package jp.yamaguchi.katsudo.page;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One content block of a page. Stored as JSON ({@code {"type":"heading","level":2,...}}), the shape
 * of {@code demo/pages.json}. HTML in {@link Text} and {@link Callout} is sanitized when the page
 * is saved.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
  @JsonSubTypes.Type(value = Block.Text.class, name = "text"),
  @JsonSubTypes.Type(value = Block.Image.class, name = "image"),
  @JsonSubTypes.Type(value = Block.File.class, name = "file"),
  @JsonSubTypes.Type(value = Block.Table.class, name = "table"),
  @JsonSubTypes.Type(value = Block.Callout.class, name = "callout")
})
public sealed interface Block {

  /** The block types, in the order the editor offers them. */
  List<String> TYPES = List.of("heading", "text", "image", "file", "table", "callout");

  /** The type name, as stored in JSON and used in message keys. */
  default String typeName() {
    return switch (this) {
      case Heading h -> "heading";
      case Text t -> "text";
      case Image i -> "image";
      case File f -> "file";
      case Table t -> "table";
      case Callout c -> "callout";
    };
  }

  /** The media ids the blocks refer to (images and files), each once, in order. */
  static Set<Long> mediaIds(List<Block> blocks) {
    Set<Long> ids = new LinkedHashSet<>();
    for (Block b : blocks) {
      Long id =
          switch (b) {
            case Image i -> i.mediaId();
            case File f -> f.mediaId();
            default -> null;
          };
      if (id != null) ids.add(id);
    }
    return ids;
  }

  /** A heading of level 2 to 4 (the page title is the h1). */
  record Heading(int level, String text) implements Block {}

  /** Rich text: a small whitelist of HTML. */
  record Text(String html) implements Block {}

  /** An image of the media library with its alternative text and an optional caption. */
  record Image(Long mediaId, String alt, String caption) implements Block {}

  /** A link to a document of the media library; the page shows its format and size. */
  record File(Long mediaId, String label) implements Block {}

  /**
   * A table with a caption; the first row can be column headers and the first column row headers.
   */
  record Table(String caption, boolean headerRow, boolean headerColumn, List<List<String>> rows)
      implements Block {}

  /** A boxed note: variant {@code info} or {@code warning}, an optional title, rich text. */
  record Callout(String variant, String title, String html) implements Block {}
}
