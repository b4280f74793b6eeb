/** The home pages of both sites: they gather the newest items of the other modules. */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package jp.yamaguchi.katsudo.home;
