package jp.yamaguchi.katsudo.contact.domain;

/** An inquiry was stored; the mails go out after the commit. */
public record InquiryReceived(long id) {}
