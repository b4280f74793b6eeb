package jp.yamaguchi.katsudo.page.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.core.content.HtmlSanitizer;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaKind;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.page.Block;
import jp.yamaguchi.katsudo.page.PageProblem;
import org.springframework.stereotype.Component;

/**
 * The rules of content blocks: {@link #clean} sanitizes rich text and tidies what was typed; {@link
 * #check} lists what is missing or wrong, per block field, with Japanese messages.
 */
@Component
public class BlockRules {

  public static final int MAX_BLOCKS = 200;
  static final int MAX_SHORT = 200;
  static final int MAX_ALT = 300;
  static final int MAX_HTML = 50_000;
  static final int MAX_ROWS = 200;
  static final int MAX_COLUMNS = 20;

  private final HtmlSanitizer sanitizer;
  private final MediaLibrary media;

  public BlockRules(HtmlSanitizer sanitizer, MediaLibrary media) {
    this.sanitizer = sanitizer;
    this.media = media;
  }

  /** The blocks with rich text sanitized, texts trimmed and table rows made rectangular. */
  public List<Block> clean(List<Block> blocks) {
    return blocks.stream().map(this::clean).toList();
  }

  private Block clean(Block block) {
    return switch (block) {
      case Block.Heading h -> new Block.Heading(h.level(), strip(h.text()));
      case Block.Text t -> new Block.Text(sanitizer.clean(t.html()));
      case Block.Image i -> new Block.Image(i.mediaId(), strip(i.alt()), strip(i.caption()));
      case Block.File f -> new Block.File(f.mediaId(), strip(f.label()));
      case Block.Table t ->
          new Block.Table(strip(t.caption()), t.headerRow(), t.headerColumn(), rows(t.rows()));
      case Block.Callout c ->
          new Block.Callout(strip(c.variant()), strip(c.title()), sanitizer.clean(c.html()));
    };
  }

  private static List<List<String>> rows(List<List<String>> rows) {
    if (rows == null) return List.of();
    List<List<String>> kept = new ArrayList<>();
    int width = 0;
    for (List<String> row : rows) {
      if (row == null) continue;
      List<String> cells = row.stream().map(c -> c == null ? "" : c.strip()).toList();
      if (cells.stream().allMatch(String::isEmpty)) continue;
      kept.add(cells);
      width = Math.max(width, cells.size());
    }
    List<List<String>> out = new ArrayList<>();
    for (List<String> cells : kept) {
      List<String> padded = new ArrayList<>(cells);
      while (padded.size() < width) padded.add("");
      out.add(List.copyOf(padded));
    }
    return List.copyOf(out);
  }

  /** Problems of (cleaned) blocks; field names are {@code blocks[i].field}. */
  public List<PageProblem> check(List<Block> blocks) {
    List<PageProblem> problems = new ArrayList<>();
    if (blocks.size() > MAX_BLOCKS) {
      problems.add(new PageProblem(null, "e.page.blocks.tooMany", MAX_BLOCKS));
    }
    Map<Long, MediaInfo> files = media.findAll(Block.mediaIds(blocks));
    for (int i = 0; i < blocks.size(); i++) {
      check(blocks.get(i), files, "blocks[" + i + "].", i + 1, problems);
    }
    return problems;
  }

  private void check(
      Block block, Map<Long, MediaInfo> files, String prefix, int n, List<PageProblem> out) {
    switch (block) {
      case Block.Heading h -> {
        if (h.level() < 2 || h.level() > 4) {
          out.add(new PageProblem(prefix + "level", "e.page.block.heading.level", n));
        }
        required(h.text(), prefix + "text", "e.page.block.heading.text.required", n, out);
        max(h.text(), MAX_SHORT, prefix + "text", n, out);
      }
      case Block.Text t -> {
        required(plain(t.html()), prefix + "html", "e.page.block.text.html.required", n, out);
        max(t.html(), MAX_HTML, prefix + "html", n, out);
      }
      case Block.Image i -> {
        mediaOf(i.mediaId(), files, MediaKind.IMAGE, prefix, "image", n, out);
        required(i.alt(), prefix + "alt", "e.page.block.image.alt.required", n, out);
        max(i.alt(), MAX_ALT, prefix + "alt", n, out);
        max(i.caption(), MAX_ALT, prefix + "caption", n, out);
      }
      case Block.File f -> {
        mediaOf(f.mediaId(), files, null, prefix, "file", n, out);
        required(f.label(), prefix + "label", "e.page.block.file.label.required", n, out);
        max(f.label(), MAX_SHORT, prefix + "label", n, out);
      }
      case Block.Table t -> {
        required(t.caption(), prefix + "caption", "e.page.block.table.caption.required", n, out);
        max(t.caption(), MAX_SHORT, prefix + "caption", n, out);
        int dataRows = t.rows().size() - (t.headerRow() ? 1 : 0);
        if (dataRows < 1) {
          out.add(new PageProblem(prefix + "rows", "e.page.block.table.rows.required", n));
        } else if (t.rows().size() > MAX_ROWS || t.rows().getFirst().size() > MAX_COLUMNS) {
          out.add(
              new PageProblem(
                  prefix + "rows", "e.page.block.table.rows.tooMany", n, MAX_ROWS, MAX_COLUMNS));
        }
      }
      case Block.Callout c -> {
        if (!"info".equals(c.variant()) && !"warning".equals(c.variant())) {
          out.add(new PageProblem(prefix + "variant", "e.page.block.callout.variant", n));
        }
        max(c.title(), MAX_SHORT, prefix + "title", n, out);
        required(plain(c.html()), prefix + "html", "e.page.block.callout.html.required", n, out);
        max(c.html(), MAX_HTML, prefix + "html", n, out);
      }
    }
  }

  private static void mediaOf(
      Long id,
      Map<Long, MediaInfo> files,
      MediaKind kind,
      String prefix,
      String type,
      int n,
      List<PageProblem> out) {
    if (id == null) {
      out.add(new PageProblem(prefix + "mediaId", "e.page.block." + type + ".media.required", n));
      return;
    }
    MediaInfo found = files.get(id);
    if (found == null) {
      out.add(new PageProblem(prefix + "mediaId", "e.page.block.media.missing", n));
    } else if (kind != null && found.kind() != kind) {
      out.add(new PageProblem(prefix + "mediaId", "e.page.block.image.media.notImage", n));
    }
  }

  private static void required(
      String value, String field, String messageId, int n, List<PageProblem> out) {
    if (value == null || value.isBlank()) out.add(new PageProblem(field, messageId, n));
  }

  private static void max(String value, int max, String field, int n, List<PageProblem> out) {
    if (value != null && value.length() > max) {
      out.add(new PageProblem(field, "e.page.block.tooLong", n, max));
    }
  }

  /** Text without tags, to tell whether rich text has any content at all. */
  static String plain(String html) {
    if (html == null) return "";
    return html.replaceAll("<[^>]*>", "")
        .replace("&nbsp;", " ")
        .replace("&#160;", " ")
        .replace('\u00a0', ' ')
        .strip();
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }
}
