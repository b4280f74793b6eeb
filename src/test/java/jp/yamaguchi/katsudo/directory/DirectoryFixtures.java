package jp.yamaguchi.katsudo.directory;

import java.util.Set;
import java.util.UUID;
import jp.yamaguchi.katsudo.account.OrganisationKind;
import jp.yamaguchi.katsudo.directory.domain.DirectoryContent;

/** Valid directory content for tests, unique per call. */
public final class DirectoryFixtures {

  private DirectoryFixtures() {}

  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A complete 県民活動団体 entry; the registrant's address is unique. */
  public static DirectoryContent group(String name) {
    return new DirectoryContent(
        OrganisationKind.GROUP,
        DirectoryStatus.ACTIVE,
        "nini",
        name,
        "てすとのかい",
        "山口太郎",
        "代表",
        "山口花子",
        "事務局長",
        Set.of("f03", "f07"),
        "municipalities",
        Set.of("yamaguchi", "ube"),
        "地域の環境を守る",
        "清掃活動と勉強会",
        null,
        "市との協働事業",
        "誰でも参加できます",
        "山口市中央",
        null,
        "753-0000",
        "35",
        "yamaguchi",
        "山口市中央1-1-1",
        "083-000-0000",
        null,
        "info@example.jp",
        "平成17年4月",
        "b2",
        "約30名",
        "年1,000円",
        "どなたでも",
        "毎月第2土曜日",
        "https://example.jp/",
        "団体のホームページ",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Set.of("t1", "t4"),
        Set.of("r1", "r2", "r3", "r4", "r5", "r6"),
        "登録一郎",
        "会計",
        "090-0000-0000",
        unique("reg-") + "@example.jp",
        true);
  }
}
