package jp.yamaguchi.katsudo.page.domain;

import java.time.Instant;

/**
 * One revision of a page in its history.
 *
 * @param number the revision number (global, increasing)
 * @param at when it was made
 * @param by who made it
 * @param kind what it was: {@code CREATE}, {@code UPDATE}, {@code PUBLISH}, … or {@code DELETE}
 * @param title the working title at that revision
 */
public record PageRevision(long number, Instant at, String by, String kind, String title) {}
