package jp.yamaguchi.katsudo.page.web;

import java.util.List;
import jp.yamaguchi.katsudo.media.MediaUsage;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the media library which pages (working or published copy) use a file. */
@Component
class PageMediaUsage implements MediaUsage {

  private final PageRepository repository;

  PageMediaUsage(PageRepository repository) {
    this.repository = repository;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Use> usesOf(long mediaId) {
    String key = "\"mediaId\":" + mediaId;
    return repository.findUsing("%" + key + ",%", "%" + key + "}%").stream()
        .map(
            p ->
                new Use(
                    p.getTitle() + "（" + p.publicPath() + "）",
                    "/admin/pages/" + p.getId(),
                    p.getState().visible() && mentions(p.getPublishedBody(), key)))
        .toList();
  }

  private static boolean mentions(String body, String key) {
    return body != null && (body.contains(key + ",") || body.contains(key + "}"));
  }
}
