package jp.yamaguchi.katsudo.media.infra;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import jp.yamaguchi.katsudo.media.MediaRejectedException;
import jp.yamaguchi.katsudo.media.domain.FileType;
import org.apache.tika.Tika;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Decides what a received file really is from its bytes with Apache Tika, never from the type the
 * browser sent. A file is accepted only when its content is an allowed format, its name carries an
 * extension of that format, and (for Office packages) its container holds the parts of that format.
 */
@Component
public class ContentInspector {

  private final Tika tika = new Tika();

  public FileType inspect(Path file, String originalName) throws IOException {
    String detected;
    String magicOnly;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      detected = tika.detect(in, originalName);
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      magicOnly = tika.detect(in);
    }
    FileType type =
        FileType.ofContentType(detected)
            .orElseThrow(
                () -> new MediaRejectedException("file", "e.media.file.unsupported", detected));
    String extension = extensionOf(originalName);
    if (!type.allowsExtension(extension)) {
      throw new MediaRejectedException("file", "e.media.file.mismatch", typeName(type), extension);
    }
    if (!type.allowsMagicType(magicOnly) || !containerMatches(file, type)) {
      throw new MediaRejectedException("file", "e.media.file.broken", typeName(type));
    }
    return type;
  }

  private boolean containerMatches(Path file, FileType type) throws IOException {
    if (type.ooxmlMainFolder().isEmpty()) return true;
    String folder = type.ooxmlMainFolder().get();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Set<String> seen = new HashSet<>();
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.getName().equals("[Content_Types].xml")) seen.add("types");
        if (e.getName().startsWith(folder)) seen.add("main");
      }
      return seen.size() == 2;
    } catch (ZipException e) {
      return false;
    }
  }

  private static MessageSourceResolvable typeName(FileType type) {
    return new DefaultMessageSourceResolvable(
        new String[] {"media.type." + type.typeKey()}, type.typeKey());
  }

  /** The lowercased extension of a file name, or an empty string. */
  public static String extensionOf(String name) {
    if (name == null) return "";
    int dot = name.lastIndexOf('.');
    if (dot < 0 || dot == name.length() - 1) return "";
    return name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
