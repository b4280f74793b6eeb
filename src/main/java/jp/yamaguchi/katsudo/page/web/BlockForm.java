package jp.yamaguchi.katsudo.page.web;

import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.content.HtmlText;
import jp.yamaguchi.katsudo.page.Block;

/**
 * One block in the editor form. It carries the fields of every block type; {@link #type} tells
 * which ones count. Table rows are typed as lines, cells separated by a tab (pasted from a
 * spreadsheet) or by {@code |}.
 */
public class BlockForm {

  private String type;
  private Integer level;
  private String text;
  private String html;
  private Long mediaId;
  private String alt;
  private String caption;
  private String label;
  private String variant;
  private String title;
  private boolean headerRow;
  private boolean headerColumn;
  private String rows;

  public BlockForm() {}

  /** A new, empty block of a type, with sensible defaults. */
  static BlockForm empty(String type) {
    var f = new BlockForm();
    f.type = type;
    switch (type) {
      case "heading" -> f.level = 2;
      case "table" -> f.headerRow = true;
      case "callout" -> f.variant = "info";
      default -> {}
    }
    return f;
  }

  static BlockForm of(Block block) {
    var f = new BlockForm();
    f.type = block.typeName();
    switch (block) {
      case Block.Heading h -> {
        f.level = h.level();
        f.text = h.text();
      }
      case Block.Text t -> f.html = HtmlText.editable(t.html());
      case Block.Image i -> {
        f.mediaId = i.mediaId();
        f.alt = i.alt();
        f.caption = i.caption();
      }
      case Block.File file -> {
        f.mediaId = file.mediaId();
        f.label = file.label();
      }
      case Block.Table t -> {
        f.caption = t.caption();
        f.headerRow = t.headerRow();
        f.headerColumn = t.headerColumn();
        f.rows = String.join("\n", t.rows().stream().map(r -> String.join(" | ", r)).toList());
      }
      case Block.Callout c -> {
        f.variant = c.variant();
        f.title = c.title();
        f.html = HtmlText.editable(c.html());
      }
    }
    return f;
  }

  boolean known() {
    return type != null && Block.TYPES.contains(type);
  }

  Block toBlock() {
    return switch (type) {
      case "heading" -> new Block.Heading(level == null ? 0 : level, text);
      case "text" -> new Block.Text(html);
      case "image" -> new Block.Image(mediaId, alt, caption);
      case "file" -> new Block.File(mediaId, label);
      case "table" -> new Block.Table(caption, headerRow, headerColumn, parseRows(rows));
      case "callout" -> new Block.Callout(variant, title, html);
      default -> throw new IllegalStateException("unknown block type " + type);
    };
  }

  static List<List<String>> parseRows(String text) {
    List<List<String>> rows = new ArrayList<>();
    if (text == null) return rows;
    for (String line : text.split("\\R")) {
      if (line.isBlank()) continue;
      String[] cells = line.contains("\t") ? line.split("\t", -1) : line.split("\\|", -1);
      List<String> row = new ArrayList<>();
      for (String c : cells) row.add(c.strip());
      rows.add(row);
    }
    return rows;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }

  public Long getMediaId() {
    return mediaId;
  }

  public void setMediaId(Long mediaId) {
    this.mediaId = mediaId;
  }

  public String getAlt() {
    return alt;
  }

  public void setAlt(String alt) {
    this.alt = alt;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getVariant() {
    return variant;
  }

  public void setVariant(String variant) {
    this.variant = variant;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public boolean isHeaderRow() {
    return headerRow;
  }

  public void setHeaderRow(boolean headerRow) {
    this.headerRow = headerRow;
  }

  public boolean isHeaderColumn() {
    return headerColumn;
  }

  public void setHeaderColumn(boolean headerColumn) {
    this.headerColumn = headerColumn;
  }

  public String getRows() {
    return rows;
  }

  public void setRows(String rows) {
    this.rows = rows;
  }
}
