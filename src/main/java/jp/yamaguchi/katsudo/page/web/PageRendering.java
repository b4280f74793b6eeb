package jp.yamaguchi.katsudo.page.web;

import java.util.List;
import java.util.Map;
import jp.yamaguchi.katsudo.core.web.Crumb;
import jp.yamaguchi.katsudo.media.MediaInfo;
import jp.yamaguchi.katsudo.media.MediaLibrary;
import jp.yamaguchi.katsudo.page.Block;
import jp.yamaguchi.katsudo.page.PageView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts what {@code page/show.html} needs into the model: the page, its media, breadcrumbs. */
@Component
class PageRendering {

  private final MediaLibrary media;

  PageRendering(MediaLibrary media) {
    this.media = media;
  }

  void fill(Model model, PageView view) {
    model.addAttribute("view", view);
    model.addAttribute("media", mediaOf(view.blocks()));
    model.addAttribute(
        "breadcrumbs", view.ancestors().stream().map(a -> new Crumb(a.title(), a.href())).toList());
    model.addAttribute("metaDescription", view.metaDescription());
  }

  /** The media files the blocks refer to, by id, in one query (missing files are absent). */
  Map<Long, MediaInfo> mediaOf(List<Block> blocks) {
    return media.findAll(Block.mediaIds(blocks));
  }
}
