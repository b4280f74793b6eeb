/**
 * お問い合わせ: the public contact form ({@code /contact}: input → 確認 → 送信), stored with the personal
 * data encrypted, mailed to the center (the Supernet site settings' address) with a copy to the
 * sender, limited by {@code core.abuse.FormGuard}; staff read the inquiries in the admin and mark
 * them as handled.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact")
package jp.yamaguchi.katsudo.contact;
