package jp.yamaguchi.katsudo.core.notice;

import java.time.Instant;

/** An emergency notice as the page shell shows it. */
public record ActiveNotice(String title, String body, Instant endsAt) {}
