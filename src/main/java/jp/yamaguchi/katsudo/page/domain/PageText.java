package jp.yamaguchi.katsudo.page.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.page.Block;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A page's working copy as plain text lines, one fact per line, so two versions can be compared
 * line by line and a person can read the difference.
 */
@Component
public class PageText {

  private static final Pattern LINK =
      Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINE_END =
      Pattern.compile(
          "</(p|li|h[1-6]|tr|blockquote|ul|ol|table|caption|div)>|<br\\s*/?>",
          Pattern.CASE_INSENSITIVE);

  private final MessageSource messages;
  private final MediaLibrary media;

  public PageText(MessageSource messages, MediaLibrary media) {
    this.messages = messages;
    this.media = media;
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }

  public List<String> lines(Page page) {
    List<String> out = new ArrayList<>();
    out.add(msg("page.text.title", nullToEmpty(page.getTitle())));
    if (page.getMetaDescription() != null) {
      out.add(msg("page.text.meta", page.getMetaDescription()));
    }
    NavArea area = page.getNavArea() == null ? NavArea.NONE : page.getNavArea();
    out.add(msg("page.text.nav", msg("page.navArea." + area.name()), page.getNavOrder()));
    List<Block> blocks = page.blocks();
    Map<Long, MediaInfo> files = media.findAll(Block.mediaIds(blocks));
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      out.add(msg("page.text.block", i + 1, msg("page.block.type." + b.typeName())));
      block(b, files, out);
    }
    return out;
  }

  private void block(Block block, Map<Long, MediaInfo> files, List<String> out) {
    switch (block) {
      case Block.Heading h -> out.add(msg("page.text.heading", h.level(), nullToEmpty(h.text())));
      case Block.Text t -> out.addAll(htmlLines(t.html()));
      case Block.Image i -> {
        out.add(msg("page.text.media", mediaName(i.mediaId(), files)));
        out.add(msg("page.text.alt", nullToEmpty(i.alt())));
        if (i.caption() != null && !i.caption().isBlank()) {
          out.add(msg("page.text.caption", i.caption()));
        }
      }
      case Block.File f -> {
        out.add(msg("page.text.media", mediaName(f.mediaId(), files)));
        out.add(msg("page.text.label", nullToEmpty(f.label())));
      }
      case Block.Table t -> {
        out.add(msg("page.text.tableCaption", nullToEmpty(t.caption())));
        if (t.headerRow()) out.add(msg("page.text.headerRow"));
        if (t.headerColumn()) out.add(msg("page.text.headerColumn"));
        for (List<String> row : t.rows()) out.add(String.join(" | ", row));
      }
      case Block.Callout c -> {
        out.add(msg("page.text.variant", msg("page.block.callout.variant." + c.variant())));
        if (c.title() != null && !c.title().isBlank()) {
          out.add(msg("page.text.calloutTitle", c.title()));
        }
        out.addAll(htmlLines(c.html()));
      }
    }
  }

  private String mediaName(Long id, Map<Long, MediaInfo> files) {
    if (id == null) return msg("page.text.media.none");
    return Optional.ofNullable(files.get(id))
        .map(MediaInfo::displayName)
        .map(name -> name + "（ID " + id + "）")
        .orElseGet(() -> msg("page.text.media.missing", id));
  }

  /** Rich text as readable lines: list items marked, link targets shown, tags removed. */
  static List<String> htmlLines(String html) {
    if (html == null) return List.of();
    String s = LINK.matcher(html).replaceAll(m -> m.group(2) + "（" + m.group(1) + "）");
    s = s.replaceAll("(?i)<li[^>]*>", "\n・");
    s = LINE_END.matcher(s).replaceAll("\n");
    s = s.replaceAll("(?i)</t[dh]>", " | ");
    s = s.replaceAll("<[^>]*>", "");
    s = HtmlUtils.htmlUnescape(s);
    List<String> lines = new ArrayList<>();
    for (String line : s.split("\n")) {
      String t = line.strip();
      if (!t.isEmpty()) lines.add(t);
    }
    return lines;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
