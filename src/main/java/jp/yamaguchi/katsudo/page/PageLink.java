package jp.yamaguchi.katsudo.page;

/** A link to a page: its title and public path. */
public record PageLink(String title, String href) {}
