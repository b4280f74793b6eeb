/**
 * Development only (built with {@code -Pdev}, as {@code make run} and {@code make test} do; never
 * in the production jar): the mail catcher that receives the application's mails and the admin
 * screen 送信メール（開発用） that shows them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Development mail")
package jp.yamaguchi.katsudo.devmail;
