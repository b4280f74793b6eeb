/**
 * Accounts and security: staff accounts, the login, roles and the HTTP security of every site. The
 * Accounts issue adds members and hardens the login.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package jp.yamaguchi.katsudo.account;
