package jp.yamaguchi.katsudo.news.domain;

import java.time.LocalDate;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.news.NewsKind;

/**
 * What staff type for an item.
 *
 * @param site its site
 * @param kind its kind
 * @param title its title
 * @param body HTML (a small whitelist survives) or plain text (paragraphs by blank lines)
 * @param publishedOn the date shown with it
 */
public record NewsContent(
    Site site, NewsKind kind, String title, String body, LocalDate publishedOn) {}
