package jp.yamaguchi.katsudo.news;

import java.time.LocalDate;
import jp.yamaguchi.katsudo.core.review.ReviewState;
import jp.yamaguchi.katsudo.core.site.Site;

/**
 * A news item brought in from elsewhere (demo data, the old system), in the state it had there.
 *
 * @param site its site
 * @param kind its kind (CENTER_NEWS only for Supernet)
 * @param title its title (at most 200 characters)
 * @param html its body; sanitized on import like everything staff type
 * @param publishedOn the date shown with it
 * @param state its review state
 * @param author the staff username it belongs to
 * @param returnReason why it was sent back, for {@link ReviewState#RETURNED}; else null
 */
public record ImportedNews(
    Site site,
    NewsKind kind,
    String title,
    String html,
    LocalDate publishedOn,
    ReviewState state,
    String author,
    String returnReason) {}
