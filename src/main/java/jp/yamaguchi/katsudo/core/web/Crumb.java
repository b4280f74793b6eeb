package jp.yamaguchi.katsudo.core.web;

/** One step of the breadcrumb trail; the current page is added by the layout from its title. */
public record Crumb(String label, String href) {}
