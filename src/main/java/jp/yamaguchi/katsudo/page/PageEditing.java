package jp.yamaguchi.katsudo.page;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import jp.yamaguchi.katsudo.core.audit.RevisionUserListener;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.redirect.LegacyRedirect;
import jp.yamaguchi.katsudo.core.redirect.LegacyRedirectRepository;
import jp.yamaguchi.katsudo.core.site.ContentChanged;
import jp.yamaguchi.katsudo.core.site.PublicationChanged;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.core.web.BusinessException;
import jp.yamaguchi.katsudo.core.web.NotFoundException;
import jp.yamaguchi.katsudo.page.domain.BlockRules;
import jp.yamaguchi.katsudo.page.domain.Page;
import jp.yamaguchi.katsudo.page.domain.PageAction;
import jp.yamaguchi.katsudo.page.domain.PageHistory;
import jp.yamaguchi.katsudo.page.domain.PageRepository;
import jp.yamaguchi.katsudo.page.domain.ReservedPaths;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing pages: the working copy, the tree, copies, deletion and restoring an old
 * revision. Every change is checked here (one set of rules for forms, restores, imports and the
 * demo) and saved as an Envers revision with who and when. {@link ContentChanged} is announced only
 * when visitors see a difference (a published page moved or deleted): saving a draft leaves the
 * public page cache and the navigation alone.
 */
@Service
@Transactional
public class PageEditing {

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  public static final int MAX_DEPTH = 5;
  static final int MAX_TITLE = 200;
  static final int MAX_SLUG = 100;
  public static final int MAX_META = 120;
  static final int MAX_NAV_ORDER = 9999;

  private final PageRepository repository;
  private final BlockRules rules;
  private final ReservedPaths reserved;
  private final PageHistory history;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final LegacyRedirectRepository redirects;
  private final Clock clock;

  public PageEditing(
      PageRepository repository,
      BlockRules rules,
      ReservedPaths reserved,
      PageHistory history,
      ApplicationEventPublisher events,
      MessageSource messages,
      LegacyRedirectRepository redirects,
      Clock clock) {
    this.repository = repository;
    this.rules = rules;
    this.reserved = reserved;
    this.history = history;
    this.events = events;
    this.messages = messages;
    this.redirects = redirects;
    this.clock = clock;
  }

  /** Creates a draft page; returns its id. */
  public long create(Site site, PageInput input) {
    Prepared p = prepare(site, null, input);
    Instant now = clock.instant();
    String by = RevisionUserListener.currentUser();
    var page = new Page(site, PageAction.CREATE, now, by);
    page.place(p.parentId(), p.slug(), p.path());
    page.edit(
        p.title(), p.meta(), p.blocks(), p.navArea(), p.navOrder(), PageAction.CREATE, now, by);
    return repository.save(page).getId();
  }

  /**
   * Saves the working copy and the page's place in the tree.
   *
   * @param expectedVersion the version the editor started from; another person's save in between is
   *     reported instead of being overwritten
   */
  public void update(long id, long expectedVersion, PageInput input) {
    Page page = get(id);
    if (page.getVersion() != expectedVersion) throw new BusinessException("e.page.conflict");
    Prepared p = prepare(page.getSite(), page, input);
    Instant now = clock.instant();
    String by = RevisionUserListener.currentUser();
    boolean publicMove = false;
    if (!p.path().equals(page.getPath())) {
      String oldPath = page.getPath();
      for (Page d :
          repository.findBySiteAndPathStartingWithOrderByPathAsc(page.getSite(), oldPath + "/")) {
        String before = d.publicPath();
        d.moved(p.path() + d.getPath().substring(oldPath.length()), now, by);
        if (d.getState().visible()) {
          redirect(before, d.publicPath(), by);
          publicMove = true;
        }
      }
      if (page.getState().visible()) {
        redirect(page.publicPath(), page.getSite().path(p.path()), by);
        publicMove = true;
      }
    }
    page.place(p.parentId(), p.slug(), p.path());
    page.edit(
        p.title(), p.meta(), p.blocks(), p.navArea(), p.navOrder(), PageAction.UPDATE, now, by);
    // Only the working copy changed unless a published page (or one below it) got a new URL.
    if (publicMove) changed(id);
  }

  /** Problems of an input without saving anything (an empty list when it can be saved). */
  @Transactional(readOnly = true)
  public List<PageProblem> check(Site site, Long id, PageInput input) {
    try {
      prepare(site, id == null ? null : get(id), input);
      return List.of();
    } catch (PageInvalidException e) {
      return e.problems();
    }
  }

  /** A new draft with the same content, next to the original; returns its id. */
  public long copy(long id) {
    Page source = get(id);
    Instant now = clock.instant();
    String by = RevisionUserListener.currentUser();
    String base = source.getSlug();
    if (base.length() > MAX_SLUG - 9) base = base.substring(0, MAX_SLUG - 9);
    String prefix = source.getParentId() == null ? "" : parentPath(source) + "/";
    String slug = base + "-copy";
    for (int n = 2; repository.existsBySiteAndPath(source.getSite(), prefix + slug); n++) {
      slug = base + "-copy-" + n;
    }
    String suffix =
        messages.getMessage("page.copy.titleSuffix", null, LocaleContextHolder.getLocale());
    String title = source.getTitle();
    if (title.length() + suffix.length() > MAX_TITLE) {
      title = title.substring(0, MAX_TITLE - suffix.length());
    }
    var copy = new Page(source.getSite(), PageAction.COPY, now, by);
    copy.place(source.getParentId(), slug, prefix + slug);
    copy.edit(
        title + suffix,
        source.getMetaDescription(),
        source.blocks(),
        source.getNavArea(),
        source.getNavOrder(),
        PageAction.COPY,
        now,
        by);
    return repository.save(copy).getId();
  }

  /**
   * Deletes a page without children (its history stays in the revisions). Deleting a published page
   * takes it off the site, which the audit log records as an unpublish.
   */
  public void delete(long id) {
    Page page = get(id);
    if (repository.existsByParentId(id)) {
      throw new BusinessException("e.page.delete.hasChildren", page.getTitle());
    }
    boolean wasPublic = page.getState().visible();
    String label = page.publicPath() + " " + page.getTitle() + " (deleted)";
    repository.delete(page);
    if (wasPublic) {
      changed(id);
      events.publishEvent(
          new PublicationChanged("page", id, label, RevisionUserListener.currentUser(), false));
    }
  }

  /**
   * Makes a revision's working copy (title, description, menu placement, blocks) the working copy
   * again, as a new revision; the page keeps its place in the tree. The old content goes through
   * the same preparation as a save (sanitizing, the block rules, media that still exist), so a
   * revision that could not be saved today is refused with its problems. The published copy does
   * not change until the page is published again.
   *
   * @param expectedVersion the version the person confirmed the restore on; a save by someone else
   *     in between is reported instead of being overwritten
   */
  public void restore(long id, long revision, long expectedVersion) {
    Page page = get(id);
    if (page.getVersion() != expectedVersion) {
      throw new BusinessException("e.page.restore.conflict");
    }
    Page old =
        history
            .at(id, revision)
            .orElseThrow(() -> new NotFoundException("page " + id + " revision " + revision));
    PageInput input =
        new PageInput(
            page.getParentId(),
            page.getSlug(),
            old.getTitle(),
            old.getMetaDescription(),
            old.getNavArea() == null ? NavArea.NONE : old.getNavArea(),
            old.getNavOrder(),
            old.blocks());
    Prepared p = prepare(page.getSite(), page, input);
    page.edit(
        p.title(),
        p.meta(),
        p.blocks(),
        p.navArea(),
        p.navOrder(),
        PageAction.RESTORE,
        clock.instant(),
        RevisionUserListener.currentUser());
  }

  /**
   * Keeps the old URL of a published page working: visitors and search engines following it get a
   * permanent redirect to the new one (through the core redirect table, consulted before a 404).
   */
  private void redirect(String oldPublicPath, String newPublicPath, String by) {
    redirects.findByOldPath(newPublicPath).ifPresent(redirects::delete);
    String note = messages.getMessage("page.redirect.note", null, LocaleContextHolder.getLocale());
    redirects
        .findByOldPath(oldPublicPath)
        .ifPresentOrElse(
            r -> r.change(oldPublicPath, newPublicPath, note),
            () ->
                redirects.save(
                    new LegacyRedirect(oldPublicPath, newPublicPath, note, by, clock.instant())));
  }

  private String parentPath(Page page) {
    return page.getPath().substring(0, page.getPath().lastIndexOf('/'));
  }

  private Page get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("page " + id));
  }

  private void changed(long id) {
    events.publishEvent(new ContentChanged("page", id));
  }

  private record Prepared(
      Long parentId,
      String slug,
      String path,
      String title,
      String meta,
      List<Block> blocks,
      NavArea navArea,
      int navOrder) {}

  private Prepared prepare(Site site, Page page, PageInput input) {
    List<PageProblem> problems = new ArrayList<>();
    String title = strip(input.title());
    if (title == null || title.isEmpty()) {
      problems.add(new PageProblem("title", "e.page.title.required"));
    } else if (title.length() > MAX_TITLE) {
      problems.add(new PageProblem("title", "e.page.title.tooLong", MAX_TITLE));
    }
    String meta = strip(input.metaDescription());
    if (meta != null && meta.isEmpty()) meta = null;
    if (meta != null && meta.length() > MAX_META) {
      problems.add(new PageProblem("metaDescription", "e.page.meta.tooLong", MAX_META));
    }
    if (input.navArea() == null) {
      problems.add(new PageProblem("navArea", "e.page.navArea.required"));
    }
    if (input.navOrder() < 0 || input.navOrder() > MAX_NAV_ORDER) {
      problems.add(new PageProblem("navOrder", "e.page.navOrder.range", MAX_NAV_ORDER));
    }
    String path = placement(site, page, input, problems);
    List<Block> blocks = rules.clean(input.blocks());
    problems.addAll(rules.check(blocks));
    if (!problems.isEmpty()) throw new PageInvalidException(problems);
    return new Prepared(
        input.parentId(),
        strip(input.slug()),
        path,
        title,
        meta,
        blocks,
        input.navArea(),
        input.navOrder());
  }

  /** Checks parent and slug; returns the new path (null when it cannot be built). */
  private String placement(Site site, Page page, PageInput input, List<PageProblem> problems) {
    String slug = strip(input.slug());
    boolean slugOk = false;
    if (slug == null || slug.isEmpty()) {
      problems.add(new PageProblem("slug", "e.page.slug.required"));
    } else if (slug.length() > MAX_SLUG) {
      problems.add(new PageProblem("slug", "e.page.slug.tooLong", MAX_SLUG));
    } else if (!SLUG.matcher(slug).matches()) {
      problems.add(new PageProblem("slug", "e.page.slug.pattern"));
    } else {
      slugOk = true;
    }
    String parentPath = null;
    int parentDepth = 0;
    if (input.parentId() != null) {
      Page parent = repository.findById(input.parentId()).orElse(null);
      if (parent == null || parent.getSite() != site) {
        problems.add(new PageProblem("parent", "e.page.parent.invalid"));
        return null;
      }
      if (page != null
          && (Objects.equals(parent.getId(), page.getId())
              || parent.getPath().startsWith(page.getPath() + "/"))) {
        problems.add(new PageProblem("parent", "e.page.parent.cycle"));
        return null;
      }
      parentPath = parent.getPath();
      parentDepth = parent.depth();
    }
    int subtree = 0;
    if (page != null) {
      for (Page d :
          repository.findBySiteAndPathStartingWithOrderByPathAsc(site, page.getPath() + "/")) {
        subtree = Math.max(subtree, d.depth() - page.depth());
      }
    }
    if (parentDepth + 1 + subtree > MAX_DEPTH) {
      problems.add(new PageProblem("parent", "e.page.parent.tooDeep", MAX_DEPTH));
      return null;
    }
    if (!slugOk) return null;
    String path = parentPath == null ? slug : parentPath + "/" + slug;
    if (reserved.reserved(site, path)) {
      problems.add(new PageProblem("slug", "e.page.slug.reserved", site.path(path)));
    } else {
      repository
          .findBySiteAndPath(site, path)
          .filter(other -> page == null || !other.getId().equals(page.getId()))
          .ifPresent(
              other ->
                  problems.add(
                      new PageProblem(
                          "slug", "e.page.slug.duplicate", site.path(path), other.getTitle())));
    }
    return path;
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }
}
