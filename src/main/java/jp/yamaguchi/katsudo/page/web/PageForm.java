package jp.yamaguchi.katsudo.page.web;

import java.util.ArrayList;
import java.util.List;
import jp.yamaguchi.katsudo.core.nav.NavArea;
import jp.yamaguchi.katsudo.page.PageInput;
import jp.yamaguchi.katsudo.page.domain.Page;

/**
 * The page editor form: the page's place and working copy, and its blocks. Everything typed comes
 * back with every re-render (block moves, validation errors), so nothing is lost before saving.
 */
public class PageForm {

  /** The {@link #parent} value of a top-level page. */
  static final String TOP = "top";

  private Long version;
  private String parent = TOP;
  private String slug;
  private String title;
  private String metaDescription;
  private NavArea navArea = NavArea.NONE;
  private Integer navOrder = 0;
  private List<BlockForm> blocks = new ArrayList<>();
  private String newBlockType = "text";

  static PageForm of(Page page) {
    var f = new PageForm();
    f.version = page.getVersion();
    f.parent = page.getParentId() == null ? TOP : page.getParentId().toString();
    f.slug = page.getSlug();
    f.title = page.getTitle();
    f.metaDescription = page.getMetaDescription();
    f.navArea = page.getNavArea();
    f.navOrder = page.getNavOrder();
    f.blocks = new ArrayList<>(page.blocks().stream().map(BlockForm::of).toList());
    return f;
  }

  /** Drops blocks of unknown types (a tampered form), so indexes match the input's blocks. */
  void dropUnknownBlocks() {
    blocks.removeIf(b -> b == null || !b.known());
  }

  boolean parentChosen() {
    return parent != null && !parent.isBlank();
  }

  Long parentId() {
    if (parent == null || parent.isBlank() || TOP.equals(parent)) return null;
    try {
      return Long.valueOf(parent);
    } catch (NumberFormatException e) {
      return -1L;
    }
  }

  PageInput toInput() {
    return new PageInput(
        parentId(),
        slug,
        title,
        metaDescription,
        navArea,
        navOrder == null ? -1 : navOrder,
        blocks.stream().map(BlockForm::toBlock).toList());
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getParent() {
    return parent;
  }

  public void setParent(String parent) {
    this.parent = parent;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getMetaDescription() {
    return metaDescription;
  }

  public void setMetaDescription(String metaDescription) {
    this.metaDescription = metaDescription;
  }

  public NavArea getNavArea() {
    return navArea;
  }

  public void setNavArea(NavArea navArea) {
    this.navArea = navArea;
  }

  public Integer getNavOrder() {
    return navOrder;
  }

  public void setNavOrder(Integer navOrder) {
    this.navOrder = navOrder;
  }

  public List<BlockForm> getBlocks() {
    return blocks;
  }

  public void setBlocks(List<BlockForm> blocks) {
    this.blocks = blocks;
  }

  public String getNewBlockType() {
    return newBlockType;
  }

  public void setNewBlockType(String newBlockType) {
    this.newBlockType = newBlockType;
  }
}
