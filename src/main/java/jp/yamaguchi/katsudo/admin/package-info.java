/**
 * The shared staff admin shell: layout, menu, dashboard and login page. Modules add their own
 * screens and contribute menu items and dashboard figures through this module's interfaces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin")
package jp.yamaguchi.katsudo.admin;
