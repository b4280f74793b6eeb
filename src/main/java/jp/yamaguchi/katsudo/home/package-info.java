/**
 * The home pages of both sites. Supernet's HOME gathers the newest items of the other modules
 * through {@link jp.yamaguchi.katsudo.home.HomeContributor} (a section without a contributor is
 * left out), shows the variable slot staff choose (the facility calendar, a text, or nothing) and
 * the banners (images of the media library); staff set both under {@code /admin/home}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package jp.yamaguchi.katsudo.home;
