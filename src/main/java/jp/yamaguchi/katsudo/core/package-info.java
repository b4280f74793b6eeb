/**
 * Shared kernel: the site shell, settings, staff-editable lists, the review pattern, mail,
 * navigation and sitemap extension points. It is an open module: every other module may use its
 * sub-packages, and it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Core",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.yamaguchi.katsudo.core;
