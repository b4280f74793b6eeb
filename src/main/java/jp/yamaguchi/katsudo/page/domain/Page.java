package jp.yamaguchi.katsudo.page.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.core.site.Site;
import jp.yamaguchi.katsudo.page.Block;
import jp.yamaguchi.katsudo.page.PageState;
import org.hibernate.envers.Audited;

/**
 * A fixed page. Staff edit the working copy (title, description, body, navigation); publishing
 * copies it to the published copy, which is all visitors ever see. Every change is a revision.
 */
@Entity
@Table(name = "page")
@Audited
public class Page {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private Site site;

  private Long parentId;
  private String slug;
  private String path;

  private String title;
  private String metaDescription;
  private String body;

  @Enumerated(EnumType.STRING)
  private NavArea navArea;

  private int navOrder;

  @Enumerated(EnumType.STRING)
  private PageState state;

  private String publishedTitle;
  private String publishedMetaDescription;
  private String publishedBody;

  @Enumerated(EnumType.STRING)
  private NavArea publishedNavArea;

  private Integer publishedNavOrder;
  private Instant publishedAt;
  private String publishedBy;

  @Enumerated(EnumType.STRING)
  private PageAction lastAction;

  private Instant createdAt;
  private String createdBy;
  private Instant updatedAt;
  private String updatedBy;

  @Version private long version;

  protected Page() {}

  public Page(Site site, PageAction action, Instant now, String by) {
    this.site = site;
    this.state = PageState.DRAFT;
    this.lastAction = action;
    this.createdAt = now;
    this.createdBy = by;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /** Places the page in the tree. */
  public void place(Long parentId, String slug, String path) {
    this.parentId = parentId;
    this.slug = slug;
    this.path = path;
  }

  /** Changes the working copy; a published page then has unpublished changes (unless equal). */
  public void edit(
      String title,
      String metaDescription,
      List<Block> blocks,
      NavArea navArea,
      int navOrder,
      PageAction action,
      Instant now,
      String by) {
    this.title = title;
    this.metaDescription = metaDescription;
    this.body = BlockCodec.toJson(blocks);
    this.navArea = navArea;
    this.navOrder = navOrder;
    touch(action, now, by);
    if (state.visible()) {
      state = workingEqualsPublished() ? PageState.PUBLISHED : PageState.CHANGED;
    }
  }

  /** A change of path only (the page or an ancestor moved). */
  public void moved(String path, Instant now, String by) {
    this.path = path;
    touch(PageAction.MOVE, now, by);
  }

  public void publish(Instant now, String by) {
    publishedTitle = title;
    publishedMetaDescription = metaDescription;
    publishedBody = body;
    publishedNavArea = navArea;
    publishedNavOrder = navOrder;
    publishedAt = now;
    publishedBy = by;
    state = PageState.PUBLISHED;
    touch(PageAction.PUBLISH, now, by);
  }

  public void unpublish(Instant now, String by) {
    state = PageState.UNPUBLISHED;
    touch(PageAction.UNPUBLISH, now, by);
  }

  private void touch(PageAction action, Instant now, String by) {
    this.lastAction = action;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  private boolean workingEqualsPublished() {
    return Objects.equals(title, publishedTitle)
        && Objects.equals(metaDescription, publishedMetaDescription)
        && Objects.equals(body, publishedBody)
        && navArea == publishedNavArea
        && Objects.equals(navOrder, publishedNavOrder);
  }

  public List<Block> blocks() {
    return BlockCodec.fromJson(body);
  }

  public List<Block> publishedBlocks() {
    return BlockCodec.fromJson(publishedBody);
  }

  /** The public URL path of this page, e.g. {@code /aikasanet/faq/registration}. */
  public String publicPath() {
    return site.path(path);
  }

  public int depth() {
    return path == null ? 1 : path.split("/").length;
  }

  public Long getId() {
    return id;
  }

  public Site getSite() {
    return site;
  }

  public Long getParentId() {
    return parentId;
  }

  public String getSlug() {
    return slug;
  }

  public String getPath() {
    return path;
  }

  public String getTitle() {
    return title;
  }

  public String getMetaDescription() {
    return metaDescription;
  }

  public String getBody() {
    return body;
  }

  public NavArea getNavArea() {
    return navArea;
  }

  public int getNavOrder() {
    return navOrder;
  }

  public PageState getState() {
    return state;
  }

  public String getPublishedTitle() {
    return publishedTitle;
  }

  public String getPublishedMetaDescription() {
    return publishedMetaDescription;
  }

  public String getPublishedBody() {
    return publishedBody;
  }

  public NavArea getPublishedNavArea() {
    return publishedNavArea;
  }

  public Integer getPublishedNavOrder() {
    return publishedNavOrder;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public PageAction getLastAction() {
    return lastAction;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
