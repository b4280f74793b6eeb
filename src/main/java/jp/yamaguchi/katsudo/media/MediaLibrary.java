package jp.yamaguchi.katsudo.media;

import jakarta.persistence.criteria.Predicate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.yamaguchi.katsudo.core.audit.RevisionUserListener;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.web.Like;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.media.domain.FileType;
import jp.yamaguchi.katsudo.media.domain.MediaFile;
import jp.yamaguchi.katsudo.media.domain.MediaFileRepository;
import jp.yamaguchi.katsudo.media.domain.MediaProperties;
import jp.yamaguchi.katsudo.media.infra.ContentInspector;
import jp.yamaguchi.katsudo.media.infra.MediaStorage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The media library's public service: store an upload (checked by its content), look files up,
 * describe and delete them. Every module that shows or keeps files goes through here.
 */
@Service
public class MediaLibrary {

  static final int MAX_ALT = 300;
  static final int MAX_TITLE = 200;
  static final int MAX_NAME = 200;

  private final MediaFileRepository repository;
  private final MediaStorage storage;
  private final ContentInspector inspector;
  private final MediaProperties properties;
  private final ObjectProvider<MediaUsage> usages;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public MediaLibrary(
      MediaFileRepository repository,
      MediaStorage storage,
      ContentInspector inspector,
      MediaProperties properties,
      ObjectProvider<MediaUsage> usages,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.storage = storage;
    this.inspector = inspector;
    this.properties = properties;
    this.usages = usages;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Checks and keeps an upload. The kind (image or document) follows from the detected content;
   * images need an alternative text. On any refusal a {@link MediaRejectedException} names the
   * field and nothing is kept.
   *
   * @param originalName the file name the user's browser sent (only its last part is kept)
   * @param size the announced size in bytes (the received bytes are counted as well)
   */
  @Transactional
  public MediaInfo store(
      String originalName, long size, InputStreamSource content, String alt, String title) {
    String name = cleanName(originalName);
    if (name.isEmpty() || content == null) {
      throw new MediaRejectedException("file", "e.media.file.required");
    }
    checkText(alt, title);
    long largest = properties.largestBytes();
    if (size > largest) {
      throw new MediaRejectedException(
          "file", "e.media.file.tooLarge", MediaInfo.sizeLabel(largest), MediaInfo.sizeLabel(size));
    }
    Path temp;
    try (InputStream in = content.getInputStream()) {
      temp = storage.receive(in, largest);
    } catch (MediaStorage.TooLargeException e) {
      throw new MediaRejectedException(
          "file", "e.media.file.tooLarge", MediaInfo.sizeLabel(largest), MediaInfo.sizeLabel(size));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      long received = temp.toFile().length();
      if (received == 0) throw new MediaRejectedException("file", "e.media.file.empty");
      FileType type = inspector.inspect(temp, name);
      long limit = properties.limitFor(type.kind()).toBytes();
      if (received > limit) {
        throw new MediaRejectedException(
            "file",
            type.kind() == MediaKind.IMAGE
                ? "e.media.file.tooLarge.image"
                : "e.media.file.tooLarge.document",
            MediaInfo.sizeLabel(limit),
            MediaInfo.sizeLabel(received));
      }
      String cleanAlt = blankToNull(alt);
      if (type.kind() == MediaKind.IMAGE && cleanAlt == null) {
        throw new MediaRejectedException("alt", "e.media.alt.required");
      }
      String storedName = storage.newStoredName();
      var file =
          new MediaFile(
              type,
              name,
              storedName,
              received,
              type.kind() == MediaKind.IMAGE ? cleanAlt : null,
              blankToNull(title),
              clock.instant(),
              RevisionUserListener.currentUser());
      storage.keep(temp, storedName);
      removeOnRollback(storedName);
      // A new file is used by nothing yet: no public page changes.
      return repository.save(file).info();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      storage.discard(temp);
    }
  }

  /** A file by its id (for staff screens and for modules that keep ids). */
  @Transactional(readOnly = true)
  public Optional<MediaInfo> find(long id) {
    return repository.findById(id).map(MediaFile::info);
  }

  /** The files with these ids, in one query; ids of missing files are simply absent. */
  @Transactional(readOnly = true)
  public Map<Long, MediaInfo> findAll(Collection<Long> ids) {
    Set<Long> wanted = new HashSet<>(ids);
    wanted.remove(null);
    if (wanted.isEmpty()) return Map.of();
    Map<Long, MediaInfo> found = new HashMap<>();
    for (MediaFile f : repository.findAllById(wanted)) found.put(f.getId(), f.info());
    return found;
  }

  /** Files of a kind (null for all) whose name, title or alternative text contains {@code q}. */
  @Transactional(readOnly = true)
  public Page<MediaInfo> search(MediaKind kind, String q, Pageable pageable) {
    return repository.findAll(matching(kind, q), pageable).map(MediaFile::info);
  }

  /** The newest files of a kind, for choosers. */
  @Transactional(readOnly = true)
  public List<MediaInfo> newest(MediaKind kind, int limit) {
    return search(kind, null, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "createdAt")))
        .getContent();
  }

  /**
   * Changes the alternative text (images) and the title. Announced as a public change only when a
   * published page shows the file.
   */
  @Transactional
  public MediaInfo describe(long id, String alt, String title) {
    MediaFile file = get(id);
    checkText(alt, title);
    String cleanAlt = blankToNull(alt);
    if (file.getKind() == MediaKind.IMAGE && cleanAlt == null) {
      throw new MediaRejectedException("alt", "e.media.alt.required");
    }
    file.describe(
        file.getKind() == MediaKind.IMAGE ? cleanAlt : null,
        blankToNull(title),
        clock.instant(),
        RevisionUserListener.currentUser());
    if (usesOf(id).stream().anyMatch(MediaUsage.Use::published)) {
      events.publishEvent(new ContentChanged("media", id));
    }
    return file.info();
  }

  /** Where a file is used, as every {@link MediaUsage} reports it. */
  @Transactional(readOnly = true)
  public List<MediaUsage.Use> usesOf(long id) {
    List<MediaUsage.Use> uses = new ArrayList<>();
    usages.orderedStream().forEach(u -> uses.addAll(u.usesOf(id)));
    return uses;
  }

  /**
   * Deletes a file nothing uses; its bytes go once the transaction has committed. Since no page
   * shows it, no public page changes.
   */
  @Transactional
  public void delete(long id) {
    MediaFile file = get(id);
    List<MediaUsage.Use> uses = usesOf(id);
    if (!uses.isEmpty()) {
      throw new MediaRejectedException("file", "e.media.inUse", uses.size());
    }
    repository.delete(file);
    String storedName = file.getStoredName();
    afterCommit(() -> storage.delete(storedName));
  }

  /**
   * The stored bytes of a file, for serving, found by the random token of its public URL. Ids are
   * never accepted here: counting them must not reveal files of unpublished content.
   */
  @Transactional(readOnly = true)
  public Optional<Download> download(String token) {
    if (!MediaStorage.isStoredName(token)) return Optional.empty();
    return repository
        .findByStoredName(token)
        .map(f -> new Download(f.info(), storage.locate(f.getStoredName()), f.getStoredName()));
  }

  /**
   * A file to send.
   *
   * @param info what it is
   * @param path where its bytes are
   * @param etag a stable tag (files never change after upload)
   */
  public record Download(MediaInfo info, Path path, String etag) {}

  private MediaFile get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("media " + id));
  }

  private static void checkText(String alt, String title) {
    if (alt != null && alt.strip().length() > MAX_ALT) {
      throw new MediaRejectedException("alt", "e.media.alt.length", MAX_ALT);
    }
    if (title != null && title.strip().length() > MAX_TITLE) {
      throw new MediaRejectedException("title", "e.media.title.length", MAX_TITLE);
    }
  }

  /** The last part of a browser-sent file name, without control characters, at most 200 chars. */
  static String cleanName(String originalName) {
    if (originalName == null) return "";
    String name = originalName;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    if (slash >= 0) name = name.substring(slash + 1);
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints()
        .filter(cp -> !Character.isISOControl(cp) && cp != '"')
        .forEach(out::appendCodePoint);
    name = out.toString().strip();
    while (name.startsWith(".")) name = name.substring(1);
    if (name.length() > MAX_NAME) {
      String ext = ContentInspector.extensionOf(name);
      int keep = MAX_NAME - (ext.isEmpty() ? 0 : ext.length() + 1);
      name = name.substring(0, keep) + (ext.isEmpty() ? "" : "." + ext);
    }
    return name;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Specification<MediaFile> matching(MediaKind kind, String q) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (kind != null) where.add(cb.equal(root.get("kind"), kind));
      if (q != null && !q.isBlank()) {
        String like = Like.containsLower(q);
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("originalName")), like, Like.ESCAPE),
                cb.like(cb.lower(root.get("title")), like, Like.ESCAPE),
                cb.like(cb.lower(root.get("altText")), like, Like.ESCAPE)));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static void afterCommit(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            action.run();
          }
        });
  }

  private void removeOnRollback(String storedName) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) return;
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) storage.delete(storedName);
          }
        });
  }
}
