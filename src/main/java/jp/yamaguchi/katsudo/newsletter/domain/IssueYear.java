package jp.yamaguchi.katsudo.newsletter.domain;

/** A year of the archive and how many issues it has. */
public record IssueYear(int year, long count) {}
