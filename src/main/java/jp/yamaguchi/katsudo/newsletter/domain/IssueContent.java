package jp.yamaguchi.katsudo.newsletter.domain;

import java.time.LocalDate;

/** What staff type for an issue: number, title, plain-text body and the date shown with it. */
public record IssueContent(Integer issueNumber, String title, String body, LocalDate publishedOn) {}
