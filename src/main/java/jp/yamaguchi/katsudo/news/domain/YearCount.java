package jp.yamaguchi.katsudo.news.domain;

/** How many published items one year of an archive has. */
public record YearCount(int year, long count) {}
