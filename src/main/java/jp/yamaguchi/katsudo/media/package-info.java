/**
 * The media library: images and documents uploaded by staff, checked by their content, stored
 * outside the web root under random names and served with safe headers. Other modules store and
 * look up files through {@link jp.yamaguchi.katsudo.media.MediaLibrary}, and tell the library where
 * a file is used through {@link jp.yamaguchi.katsudo.media.MediaUsage}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media library")
package jp.yamaguchi.katsudo.media;
