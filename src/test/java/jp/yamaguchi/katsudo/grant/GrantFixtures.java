package jp.yamaguchi.katsudo.grant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.review.ReviewAction;
import jp.yamaguchi.katsudo.grant.domain.Grant;
import jp.yamaguchi.katsudo.grant.domain.GrantContent;
import jp.yamaguchi.katsudo.grant.domain.GrantEditing;

/** Grants for tests, with unique words so tests sharing the database never see each other's. */
public class GrantFixtures {

  private final GrantEditing editing;

  public GrantFixtures(GrantEditing editing) {
    this.editing = editing;
  }

  /** A word no other test uses (ASCII letters, so LIKE searches find it exactly). */
  public static String unique(String prefix) {
    return prefix + "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  public static GrantContent content(
      String title,
      List<String> fields,
      String area,
      Long amountMax,
      LocalDate from,
      LocalDate to) {
    return new GrantContent(
        "公益財団法人やまぐち未来基金",
        title,
        fields,
        area,
        "地域の課題に取り組む活動を応援します。",
        amountMax == null ? "応相談" : "上限" + amountMax + "円",
        amountMax,
        "子どもの居場所づくり",
        "県内の県民活動団体",
        from,
        to,
        "募集要項を読み、申請書を郵送してください。",
        "やまぐち未来基金 事務局",
        "753-0001",
        "山口市中央1-1-1",
        "083-000-0000",
        null,
        "kikin@example.jp",
        "https://example.jp/kikin",
        List.of());
  }

  public Grant draft(GrantContent content) {
    return editing.create(content, "editor");
  }

  public Grant published(GrantContent content) {
    Grant g = editing.create(content, "editor");
    editing.review(g.getId(), null, ReviewAction.PUBLISH, null, "editor");
    return editing.get(g.getId());
  }
}
