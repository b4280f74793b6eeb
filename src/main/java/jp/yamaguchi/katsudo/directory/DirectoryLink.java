package jp.yamaguchi.katsudo.directory;

/** One of an entry's up to three URLs with its description (参考URL). */
public record DirectoryLink(String url, String description) {}
