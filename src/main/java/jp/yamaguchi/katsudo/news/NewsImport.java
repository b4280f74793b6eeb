package jp.yamaguchi.katsudo.news;

import java.util.List;
import jp.yamaguchi.katsudo.news.domain.NewsEditing;
import org.springframework.stereotype.Service;

/** Brings many news items in at once: the demo data and, later, the legacy migration. */
@Service
public class NewsImport {

  private final NewsEditing editing;

  NewsImport(NewsEditing editing) {
    this.editing = editing;
  }

  /** Whether no news item exists yet. */
  public boolean isEmpty() {
    return editing.count() == 0;
  }

  /**
   * Saves the items in one transaction, in batches, each with a first history row; the bodies are
   * sanitized and the site/kind rule checked like for items staff write.
   *
   * @param actor who imports (recorded as creator and in the history)
   * @return how many were saved
   */
  public int importAll(List<ImportedNews> items, String actor) {
    return editing.importAll(items, actor);
  }
}
