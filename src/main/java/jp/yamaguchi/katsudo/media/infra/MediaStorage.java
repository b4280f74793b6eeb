package jp.yamaguchi.katsudo.media.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import org.springframework.stereotype.Component;

/**
 * The files of the media library under {@code ${katsudo.data-dir}/media/}, outside the web root. A
 * file is named by a random UUID only (never by anything a user typed), sharded by its first two
 * characters, and appears under its final name in one atomic move, so a reader never sees half a
 * file.
 */
@Component
public class MediaStorage {

  private static final Pattern STORED_NAME =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Path root;

  public MediaStorage(KatsudoProperties properties) {
    this.root = properties.dataDir().resolve("media").toAbsolutePath().normalize();
  }

  /** Thrown while receiving when the content is longer than allowed. */
  public static class TooLargeException extends IOException {
    public TooLargeException() {
      super("upload exceeds the size limit");
    }
  }

  /**
   * Copies the upload into a temporary file inside the storage, stopping with {@link
   * TooLargeException} as soon as it exceeds {@code maxBytes} (the partial file is removed).
   */
  public Path receive(InputStream in, long maxBytes) throws IOException {
    Files.createDirectories(root);
    Path temp = Files.createTempFile(root, ".upload-", ".tmp");
    boolean ok = false;
    try (OutputStream out = Files.newOutputStream(temp)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > maxBytes) throw new TooLargeException();
        out.write(buffer, 0, n);
      }
      ok = true;
      return temp;
    } finally {
      if (!ok) Files.deleteIfExists(temp);
    }
  }

  /** Whether a string has the form of a stored name (a lowercase UUID). */
  public static boolean isStoredName(String name) {
    return name != null && STORED_NAME.matcher(name).matches();
  }

  /** A new random name for a file to keep. */
  public String newStoredName() {
    return UUID.randomUUID().toString();
  }

  /** Moves a received temporary file to its final place in one step. */
  public void keep(Path temp, String storedName) throws IOException {
    Path target = locate(storedName);
    Files.createDirectories(target.getParent());
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The path of a kept file. Only well-formed stored names are accepted: no way out of root. */
  public Path locate(String storedName) {
    if (!isStoredName(storedName)) {
      throw new IllegalArgumentException("not a stored media name");
    }
    return root.resolve(storedName.substring(0, 2)).resolve(storedName);
  }

  public void discard(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(String storedName) {
    discard(locate(storedName));
  }
}
